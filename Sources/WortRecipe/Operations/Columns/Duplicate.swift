import WortCore

/// DUPLICATE: a copy of `sourceColumn` named `targetColumn`, right after it.
enum Duplicate: RecipeOperation {
    static let name = "DUPLICATE"

    static func plan(_ context: inout StepContext) -> StepKernel? {
        guard let i = context.column("sourceColumn"), let target = context.newColumn("targetColumn") else { return nil }
        context.schema = context.schema.inserting(Field(name: target, type: context.schema.fields[i].type), at: i + 1)
        return .map { $0.inserting($0.columns[i].renamed(target), at: i + 1) }
    }
}
