import WortCore

/// A conditional step's result: rows that matched the conditions take the step's output,
/// the others keep their input values; a column the step added is null where it did not
/// apply. The step must keep every row, in order.
enum ConditionalMerge {
    static func merge(before: Table, after: Table, mask: [Bool]) throws -> Table {
        guard after.rowCount == before.rowCount else {
            throw WortError.data("a step with conditions changed the number of rows (\(before.rowCount) → \(after.rowCount))")
        }
        var inverse: [Int] = []  // rows that keep the old value
        for (i, m) in mask.enumerated() where !m { inverse.append(i) }
        if inverse.isEmpty { return after }
        var columns: [Column] = []
        for newCol in after.columns {
            if let old = before.column(named: newCol.name) {
                columns.append(pick(new: newCol, old: old.type == newCol.type ? old : old.cast(to: newCol.type), mask: mask))
            } else {
                columns.append(pick(new: newCol, old: Column.nulls(name: newCol.name, type: newCol.type, count: newCol.count), mask: mask))
            }
        }
        return Table(columns: columns)
    }

    /// Row i from `new` where mask[i], else from `old`: a gather over both side by side.
    private static func pick(new: Column, old: Column, mask: [Bool]) -> Column {
        let both = Table.concatenate([Table(columns: [new]), Table(columns: [old.renamed(new.name)])],
                                     schema: Schema([Field(name: new.name, type: new.type)])).columns[0]
        let n = mask.count
        var indices = [Int](repeating: 0, count: n)
        for i in 0..<n { indices[i] = mask[i] ? i : n + i }
        return both.gather(indices)
    }
}
