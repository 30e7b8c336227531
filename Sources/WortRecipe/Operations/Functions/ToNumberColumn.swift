import WortCore

/// TO_NUMBER_COLUMN: `sourceColumn` cast to a double (DataBrew's number), in place (see `LegacyCast`).
enum ToNumberColumn: RecipeOperation {
    static let name = "TO_NUMBER_COLUMN"
    static let conditionUse = ConditionUse.unsupported

    static func plan(_ context: inout StepContext) -> StepKernel? {
        LegacyCast.plan(&context, type: "number")
    }
}
