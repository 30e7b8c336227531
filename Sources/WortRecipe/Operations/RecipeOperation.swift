import WortCore

/// One DataBrew operation: checks a step's parameters against the schema it receives,
/// works out the schema it gives, and says how to transform the data.
public protocol RecipeOperation: Sendable {
    /// DataBrew's operation name (`RENAME`, ...).
    static var name: String { get }
    static var conditionUse: ConditionUse { get }
    /// Reports problems through `context.problem`, sets `context.schema` to the step's
    /// output schema, and returns the kernel (nil when a problem prevents one).
    static func plan(_ context: inout StepContext) -> StepKernel?
}

extension RecipeOperation {
    public static var conditionUse: ConditionUse { .changesMatchingRows }
}
