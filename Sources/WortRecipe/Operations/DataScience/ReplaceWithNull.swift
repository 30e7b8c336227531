import WortCore

/// REPLACE_WITH_NULL: invalid cells become plain nulls (their original text is dropped,
/// so later steps and the output see a missing value). The column keeps its type.
enum ReplaceWithNull: RecipeOperation {
    static let name = "REPLACE_WITH_NULL"

    static func plan(_ context: inout StepContext) -> StepKernel? {
        guard let i = InvalidValues.planColumns(&context)?.first else { return nil }
        let field = context.schema.fields[i]
        let null = Column.nulls(name: field.name, type: field.type, count: 1)
        return .map { batch in
            let c = batch.columns[i]
            return batch.replacing(i, with: Missing.fill(c, with: null, where: InvalidValues.mask(c)))
        }
    }
}
