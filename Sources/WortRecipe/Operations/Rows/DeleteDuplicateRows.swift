import WortCore

/// DELETE_DUPLICATE_ROWS: drops every row equal in all columns to a row before it, keeping
/// the first (SQL `row_number() OVER (PARTITION BY <all columns> ORDER BY _rid) = 1`;
/// nulls are equal to nulls). Streams, remembering the key of every distinct row.
/// DataBrew gives it no parameters (`{}` or none).
enum DeleteDuplicateRows: RecipeOperation {
    static let name = "DELETE_DUPLICATE_ROWS"
    static let conditionUse = ConditionUse.unsupported

    static func plan(_ context: inout StepContext) -> StepKernel? {
        .stream { FirstOccurrence(columns: nil) }
    }
}

/// Keeps the rows whose key over `columns` (all columns when nil) was not seen before.
final class FirstOccurrence: BatchTransform {
    let columns: [Int]?
    var seen: Set<[UInt8]> = []
    init(columns: [Int]?) { self.columns = columns }

    func process(_ batch: Table) throws -> Table {
        let cols = columns.map { $0.map { batch.columns[$0] } } ?? batch.columns
        var keep = [Bool](repeating: true, count: batch.rowCount)
        if cols.isEmpty {
            // A table without columns: every row is the same empty row.
            for r in 0..<batch.rowCount { keep[r] = seen.insert([]).inserted }
            return batch.filter(keep)
        }
        var key: [UInt8] = []
        for r in 0..<batch.rowCount {
            CellKey.of(cols, r, into: &key)
            keep[r] = seen.insert(key).inserted
        }
        return batch.filter(keep)
    }

    func finish() throws -> Table? { nil }
}
