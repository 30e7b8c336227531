import WortCore

/// RENAME: `sourceColumn` becomes `targetColumn`, in place.
enum Rename: RecipeOperation {
    static let name = "RENAME"
    static let conditionUse = ConditionUse.unsupported

    static func plan(_ context: inout StepContext) -> StepKernel? {
        guard let i = context.column("sourceColumn"), let target = context.string("targetColumn") else { return nil }
        let source = context.schema.fields[i].name
        if target.isEmpty { context.problem("targetColumn", "the new name is empty"); return nil }
        if target != source, context.index(of: target) != nil {
            context.problem("targetColumn", "column '\(target)' already exists"); return nil
        }
        context.schema = context.schema.replacing(i, with: Field(name: target, type: context.schema.fields[i].type))
        return .map { $0.replacing(i, with: $0.columns[i].renamed(target)) }
    }
}
