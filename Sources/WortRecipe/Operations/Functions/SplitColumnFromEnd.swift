import WortCore

/// SPLIT_COLUMN_FROM_END: `sourceColumn` cut before its last `position` characters
/// (see `SplitAtPosition`).
enum SplitColumnFromEnd: RecipeOperation {
    static let name = "SPLIT_COLUMN_FROM_END"
    static let conditionUse = ConditionUse.unsupported

    static func plan(_ context: inout StepContext) -> StepKernel? {
        SplitAtPosition.plan(&context, fromEnd: true)
    }
}
