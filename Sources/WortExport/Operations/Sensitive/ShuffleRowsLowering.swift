/// SHUFFLE_ROWS: Wort's permutation (WortRecipe's `ShuffleRows`): each row k has the key
/// (`RowDraws.bits(k)`, k); within a group, the i-th row in row order receives the source
/// values of the row with the i-th smallest key.
///
/// The SQL numbers the rows twice, `row_number()` by `_wort_rid` and by key, each within
/// the group, and joins the two numberings: the first keeps every column but the source
/// ones (and the row order), the second gives the source columns. A group is identified by
/// its first row (`min(_wort_rid)` over the group's text values, so nulls form one group
/// and `''` another, as in Wort). The position k is a window over all rows (one
/// partition); without groups the two numberings are single-partition windows too
/// (scale-out.md §1.4 #11).
enum ShuffleRowsLowering: StepLowering {
    static let operation = "SHUFFLE_ROWS"

    static func lower(_ l: inout Lowering) throws -> String {
        let sources = l.sourceColumnNames()
        let groups = l.params.parameters["groupByColumns"] != nil ? (l.params.columns("groupByColumns") ?? []).map { l.input.fields[$0].name } : []
        let k = Lowering.rowIndex
        let key = l.drawBits(stream: 0, row: k)
        let partition = groups.isEmpty ? "" : "PARTITION BY wort_group "
        let group = groups.isEmpty ? "" : ", min(\(l.rid)) OVER (PARTITION BY " + groups.map { l.wortText($0) }.joined(separator: ", ") + ") AS wort_group"
        let keyed = "(SELECT *, \(key) AS wort_key\(group) FROM \(l.fromWithRowIndex)) AS wort_keyed"
        let stay = l.input.fields.map(\.name).filter { !sources.contains($0) }
        let slots = "SELECT " + (stay.map(l.col) + [l.rid] + (groups.isEmpty ? [] : ["wort_group"])).joined(separator: ", ")
            + ", row_number() OVER (\(partition)ORDER BY \(l.rid)) AS wort_slot FROM \(keyed)"
        let moved = "SELECT " + (sources.map(l.col) + (groups.isEmpty ? [] : ["wort_group"])).joined(separator: ", ")
            + ", row_number() OVER (\(partition)ORDER BY wort_key, \(l.rid)) AS wort_slot FROM \(keyed)"
        var items = l.output.fields.map { f in (sources.contains(f.name) ? "m." : "s.") + l.col(f.name) + " AS " + l.col(f.name) }
        items.append("s.\(l.rid) AS \(l.rid)")
        let on = (groups.isEmpty ? [] : ["s.wort_group = m.wort_group"]) + ["s.wort_slot = m.wort_slot"]
        return "SELECT " + items.joined(separator: ", ") + "\nFROM (\(slots)) AS s\nJOIN (\(moved)) AS m ON " + on.joined(separator: " AND ")
    }
}
