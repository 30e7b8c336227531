import WortCore

/// PIVOT (`sourceColumn`, `valueColumn`, `aggregateFunction`): the values of
/// `sourceColumn` become columns holding the aggregated `valueColumn`. Not runnable yet:
/// see `DataDependentSchema`.
enum Pivot: RecipeOperation {
    static let name = "PIVOT"
    static let conditionUse = ConditionUse.unsupported

    static func plan(_ context: inout StepContext) -> StepKernel? {
        let i = context.column("sourceColumn")
        _ = context.column("valueColumn")
        _ = context.string("aggregateFunction")
        guard let i, !context.hasProblems else { return nil }
        DataDependentSchema.refuse(&context, column: i, makes: "one column per distinct value")
        return nil
    }
}
