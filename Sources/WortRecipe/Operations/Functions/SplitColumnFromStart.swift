import WortCore

/// SPLIT_COLUMN_FROM_START: `sourceColumn` cut after its first `position` characters
/// (see `SplitAtPosition`).
enum SplitColumnFromStart: RecipeOperation {
    static let name = "SPLIT_COLUMN_FROM_START"
    static let conditionUse = ConditionUse.unsupported

    static func plan(_ context: inout StepContext) -> StepKernel? {
        SplitAtPosition.plan(&context, fromEnd: false)
    }
}
