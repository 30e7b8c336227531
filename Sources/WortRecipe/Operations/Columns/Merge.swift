import WortCore

/// MERGE: the text of `sourceColumns` (a JSON list, at least two) joined with `delimiter`
/// (optional, default none) into a new text column `targetColumn`, right after the first
/// source column (in the list's order); the sources stay. DataBrew does not document
/// nulls; Wort skips them like `concat_ws` (Spark and DuckDB), so `a`, null, `c` with `-`
/// gives `a-c`, and a row whose sources are all null gives the empty string.
enum Merge: RecipeOperation {
    static let name = "MERGE"

    static func plan(_ context: inout StepContext) -> StepKernel? {
        let sources = context.columns("sourceColumns")
        let delimiter = Array((context.optionalString("delimiter") ?? "").utf8)
        let target = context.newColumn("targetColumn")
        guard let sources, let target else { return nil }
        if sources.count < 2 { context.problem("sourceColumns", "name at least two columns to merge"); return nil }
        let at = sources[0] + 1
        context.schema = context.schema.inserting(Field(name: target, type: .string), at: at)
        return .map { table in
            let columns = sources.map { table.columns[$0] }
            let merged = TextColumnBuilder.build(name: target, count: table.rowCount) { r, out in
                var first = true
                for c in columns {
                    let mark = out.count
                    if !first { out.append(contentsOf: delimiter) }
                    if c.appendText(row: r, to: &out) { first = false } else { out.removeSubrange(mark...) }
                }
                return true
            }
            return table.inserting(merged, at: at)
        }
    }
}
