import WortCore
import WortRecipe

/// A step with `ConditionExpressions` whose operation changes only the matching rows
/// (WortRecipe's ConditionalMerge): the step runs on every row, then each row takes the
/// step's values where the conditions hold and keeps its own elsewhere; a column the step
/// adds is NULL where they do not. Rows are paired by the row-order column, which a
/// row-keeping step leaves as it was.
enum ConditionalStep {
    static func merge(_ query: String, _ l: inout Lowering) throws -> String {
        guard let condition = try l.conditionSQL() else { return query }
        let d = l.dialect
        var items: [String] = []
        for f in l.output.fields {
            let new = "n.\(l.col(f.name))"
            if let old = l.input.fields.first(where: { $0.name == f.name }) {
                var kept = "o.\(l.col(f.name))"
                if old.type != f.type { kept = f.type == .string ? l.wortText(kept, type: old.type) : d.tryCast(kept, f.type) }
                items.append("CASE WHEN o.wort_matches THEN \(new) ELSE \(kept) END AS \(l.col(f.name))")
            } else {
                items.append("CASE WHEN o.wort_matches THEN \(new) END AS \(l.col(f.name))")
            }
        }
        items.append("o.\(l.rid) AS \(l.rid)")
        return "SELECT " + items.joined(separator: ", ")
            + "\nFROM (SELECT *, \(condition) AS wort_matches FROM \(l.from)) AS o"
            + "\nJOIN (\(query)) AS n ON o.\(l.rid) = n.\(l.rid)"
    }
}
