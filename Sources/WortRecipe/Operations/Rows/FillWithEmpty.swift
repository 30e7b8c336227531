import WortCore

/// FILL_WITH_EMPTY: missing and invalid cells become the empty string (SQL
/// `coalesce(c, '')`). An empty string is a value only of text, so a column of another
/// type becomes text (its values in canonical form), as `coalesce(int_column, '')` does
/// in Spark.
enum FillWithEmpty: RecipeOperation {
    static let name = "FILL_WITH_EMPTY"

    static func plan(_ context: inout StepContext) -> StepKernel? {
        guard let i = context.column("sourceColumn") else { return nil }
        let name = context.schema.fields[i].name
        context.schema = context.schema.replacing(i, with: Field(name: name, type: .string))
        let empty = Column(name: name, strings: [""])
        return .map { batch in
            let c = batch.columns[i]
            // Which cells to fill is decided before the conversion to text, which would
            // turn an invalid cell into its (valid) original text.
            return batch.replacing(i, with: Missing.fill(c.asText(), with: empty, where: Missing.fillableMask(c)))
        }
    }
}
