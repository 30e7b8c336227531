import WortCore

/// REPLACE_WITH_EMPTY: invalid cells become the empty string. An empty string is a value
/// only of text, so the column becomes text, as with FILL_WITH_EMPTY.
enum ReplaceWithEmpty: RecipeOperation {
    static let name = "REPLACE_WITH_EMPTY"

    static func plan(_ context: inout StepContext) -> StepKernel? {
        guard let i = InvalidValues.planColumns(&context)?.first else { return nil }
        let name = context.schema.fields[i].name
        context.schema = context.schema.replacing(i, with: Field(name: name, type: .string))
        let empty = Column(name: name, strings: [""])
        return .map { batch in
            let c = batch.columns[i]
            // The mask is taken before the conversion, which turns invalid cells into
            // their (valid) original text.
            return batch.replacing(i, with: Missing.fill(c.asText(), with: empty, where: InvalidValues.mask(c)))
        }
    }
}
