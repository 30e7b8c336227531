import WortCore

/// SHUFFLE_ROWS: moves the values of `sourceColumns` to other rows at random; the other
/// columns stay where they are. With `groupByColumns`, values only move between rows of
/// the same group.
///
/// Exactly: row k of the step's input (0-based, in row order) has the key
/// (`RowDraws.bits(k)` of stream 0, k). A group is the rows whose group columns have equal
/// text in every column (Wort's text of the value; nulls are one group, apart from the
/// empty text), without groups all rows are one group. Within a group, the i-th row in
/// row order receives the source values of the group's row with the i-th smallest key.
/// The exported SQL numbers the rows of each group twice, by row order and by key, and
/// joins the two numberings.
///
/// Several source columns move together, with one permutation, so the values of one row
/// stay together. Needs every row at once. Conditions are refused: shuffling only some
/// rows has no DataBrew meaning.
enum ShuffleRows: RecipeOperation {
    static let name = "SHUFFLE_ROWS"
    static let conditionUse = ConditionUse.unsupported

    static func plan(_ context: inout StepContext) -> StepKernel? {
        let columns = context.sourceColumns()
        var groups: [Int]? = []
        if context.parameters["groupByColumns"] != nil { groups = context.columns("groupByColumns") } else { context.ignore("groupByColumns") }
        guard let columns, let groups else { return nil }
        if let overlap = groups.first(where: { columns.contains($0) }) {
            context.problem("groupByColumns", "column '\(context.schema.fields[overlap].name)' is both shuffled and a group column")
            return nil
        }
        let draws = RowDraws.forStep(context, stream: 0)
        return .whole { table in
            let n = table.rowCount
            let keys = (0..<n).map { draws.bits($0) }
            var members: [[Int]] = []
            if groups.isEmpty {
                members = [Array(0..<n)]
            } else {
                // Rows of each group, in row order.
                var index: [[UInt8]: Int] = [:]
                var key: [UInt8] = []
                for r in 0..<n {
                    key.removeAll(keepingCapacity: true)
                    for c in groups {
                        // Length-prefixed text, or a null marker, so ("a,b", "") ≠ ("a", "b,").
                        var text: [UInt8] = []
                        if table.columns[c].appendText(row: r, to: &text) {
                            key.append(1)
                            withUnsafeBytes(of: UInt32(text.count)) { key.append(contentsOf: $0) }
                            key.append(contentsOf: text)
                        } else {
                            key.append(0)
                        }
                    }
                    if let k = index[key] { members[k].append(r) } else { index[key] = members.count; members.append([r]) }
                }
            }
            var permutation = Array(0..<n)
            for rows in members {
                let moved = rows.sorted { (keys[$0], $0) < (keys[$1], $1) }
                for (slot, r) in zip(rows, moved) { permutation[slot] = r }
            }
            var t = table
            for i in columns { t = t.replacing(i, with: table.columns[i].gather(permutation)) }
            return t
        }
    }
}
