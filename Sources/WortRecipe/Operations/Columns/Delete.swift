import WortCore

/// DELETE: drops `sourceColumns` (the console's JSON list) or `sourceColumn` (the docs').
enum Delete: RecipeOperation {
    static let name = "DELETE"
    static let conditionUse = ConditionUse.unsupported

    static func plan(_ context: inout StepContext) -> StepKernel? {
        guard let indices = context.sourceColumns() else { return nil }
        let drop = Set(indices)
        context.schema = context.schema.removing(drop)
        return .map { $0.removing(drop) }
    }
}
