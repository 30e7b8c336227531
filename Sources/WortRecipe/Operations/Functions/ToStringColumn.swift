import WortCore

/// TO_STRING_COLUMN: `sourceColumn` cast to text, in place (see `LegacyCast`).
enum ToStringColumn: RecipeOperation {
    static let name = "TO_STRING_COLUMN"
    static let conditionUse = ConditionUse.unsupported

    static func plan(_ context: inout StepContext) -> StepKernel? {
        LegacyCast.plan(&context, type: "string")
    }
}
