import WortCore

/// REMOVE_VALUES: removes the rows that meet the step's conditions (the console's
/// "Filter"). Without conditions it removes nothing, which pre-flight warns about.
enum RemoveValues: RecipeOperation {
    static let name = "REMOVE_VALUES"
    static let conditionUse = ConditionUse.selectsRowsToRemove

    static func plan(_ context: inout StepContext) -> StepKernel? {
        if context.parameters["sourceColumn"] != nil { _ = context.column("sourceColumn") }
        context.ignore("sourceColumn")
        if context.step.conditions.isEmpty { context.warning("ConditionExpressions", "no conditions: no row is removed") }
        return .map { $0 }
    }
}
