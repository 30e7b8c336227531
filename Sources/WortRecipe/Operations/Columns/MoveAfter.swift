import WortCore

/// MOVE_AFTER: `sourceColumn` moved to just after `targetColumn`.
enum MoveAfter: RecipeOperation {
    static let name = "MOVE_AFTER"
    static let conditionUse = ConditionUse.unsupported

    static func plan(_ context: inout StepContext) -> StepKernel? {
        ColumnMove.planRelative(&context, after: true)
    }
}
