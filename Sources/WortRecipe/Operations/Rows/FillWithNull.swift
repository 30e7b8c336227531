import WortCore

/// FILL_WITH_NULL: "Returns a column with data values replaced by null" (DataBrew's
/// docs; the SQL export's `CAST(NULL AS T)`): the cells of the rows the step applies to
/// become null, the column keeps its type. Without conditions that is the whole column;
/// with conditions (the console's usual use) only the matching rows.
enum FillWithNull: RecipeOperation {
    static let name = "FILL_WITH_NULL"

    static func plan(_ context: inout StepContext) -> StepKernel? {
        guard let i = context.column("sourceColumn") else { return nil }
        let field = context.schema.fields[i]
        return .map { $0.replacing(i, with: Column.nulls(name: field.name, type: field.type, count: $0.rowCount)) }
    }
}
