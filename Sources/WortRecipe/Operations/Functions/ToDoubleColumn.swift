import WortCore

/// TO_DOUBLE_COLUMN: `sourceColumn` cast to a double, in place (see `LegacyCast`).
enum ToDoubleColumn: RecipeOperation {
    static let name = "TO_DOUBLE_COLUMN"
    static let conditionUse = ConditionUse.unsupported

    static func plan(_ context: inout StepContext) -> StepKernel? {
        LegacyCast.plan(&context, type: "number")
    }
}
