import WortCore

/// FILL_WITH_LAST_VALID: a missing cell (null or empty string) takes the last value above
/// it that was not missing, across batches (SQL `last(c, true) OVER (ORDER BY _rid ...)`
/// over `nullif(c, '')`). Cells before the first value stay as they are. Invalid cells
/// are filled like missing ones (see `Missing.isFillable`) and never carried down.
enum FillWithLastValid: RecipeOperation {
    static let name = "FILL_WITH_LAST_VALID"

    static func plan(_ context: inout StepContext) -> StepKernel? {
        guard let i = context.column("sourceColumn") else { return nil }
        return .stream { LastValidCarry(column: i) }
    }
}

/// The last valid value seen so far, as a one-row column.
final class LastValidCarry: BatchTransform {
    let column: Int
    var carried: Column?
    init(column: Int) { self.column = column }

    func process(_ batch: Table) throws -> Table {
        let c = batch.columns[column]
        let n = c.count
        // Row 0 of `source` is the carried value (or a placeholder), rows 1... the batch.
        var indices = [Int](repeating: 0, count: n)
        var last: Int? = carried == nil ? nil : 0
        var changed = false
        for r in 0..<n {
            if !Missing.isFillable(c, r) {
                last = r + 1
                indices[r] = r + 1
            } else if let l = last {
                indices[r] = l
                changed = true
            } else {
                indices[r] = r + 1
            }
        }
        if !changed {
            // Nothing to fill: only remember the last valid value (no copy of the column).
            if let l = last, l > 0 { carried = c.gather([l - 1]) }
            return batch
        }
        let head = carried ?? Column.nulls(name: c.name, type: c.type, count: 1)
        let source = Table.concatenate([Table(columns: [head.renamed(c.name)]), Table(columns: [c])],
                                       schema: Schema([Field(name: c.name, type: c.type)])).columns[0]
        if let l = last { carried = source.gather([l]) }
        return batch.replacing(column, with: source.gather(indices))
    }

    func finish() throws -> Table? { nil }
}
