import WortCore

/// MOVE_BEFORE: `sourceColumn` moved to just before `targetColumn`.
enum MoveBefore: RecipeOperation {
    static let name = "MOVE_BEFORE"
    static let conditionUse = ConditionUse.unsupported

    static func plan(_ context: inout StepContext) -> StepKernel? {
        ColumnMove.planRelative(&context, after: false)
    }
}
