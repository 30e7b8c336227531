import WortCore

/// TO_BOOLEAN_COLUMN: `sourceColumn` cast to a boolean (true/false, yes/no), in place (see `LegacyCast`).
enum ToBooleanColumn: RecipeOperation {
    static let name = "TO_BOOLEAN_COLUMN"
    static let conditionUse = ConditionUse.unsupported

    static func plan(_ context: inout StepContext) -> StepKernel? {
        LegacyCast.plan(&context, type: "boolean")
    }
}
