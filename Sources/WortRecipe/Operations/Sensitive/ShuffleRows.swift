import WortCore

/// SHUFFLE_ROWS: moves the values of `sourceColumns` to other rows at random (a seeded
/// Fisher–Yates permutation); the other columns stay where they are. With
/// `groupByColumns`, values only move between rows of the same group (equal values in all
/// group columns; nulls group together).
///
/// Several source columns move together, with one permutation, so the values of one row
/// stay together (what the SQL export's single `rand()` per row gives). Needs every row at
/// once. Conditions are refused: shuffling only some rows has no DataBrew meaning.
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
        let seed = SplitMix64.forStep(context, stream: 0)
        return .whole { table in
            var g = seed
            let n = table.rowCount
            var permutation = Array(0..<n)
            if groups.isEmpty {
                shuffle(&permutation[...], &g)
            } else {
                // Rows of each group, in order of first appearance (so the draws are fixed).
                var index: [[UInt8]: Int] = [:]
                var members: [[Int]] = []
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
                for rows in members {
                    var moved = rows
                    shuffle(&moved[...], &g)
                    for (slot, r) in zip(rows, moved) { permutation[slot] = r }
                }
            }
            var t = table
            for i in columns { t = t.replacing(i, with: table.columns[i].gather(permutation)) }
            return t
        }
    }

    /// Fisher–Yates with wort's own generator (not `Array.shuffle`, whose algorithm may
    /// change between Swift versions).
    static func shuffle(_ a: inout ArraySlice<Int>, _ g: inout SplitMix64) {
        guard a.count > 1 else { return }
        let base = a.startIndex
        for i in stride(from: a.count - 1, to: 0, by: -1) {
            let j = Int(g.below(UInt64(i + 1)))
            a.swapAt(base + i, base + j)
        }
    }
}
