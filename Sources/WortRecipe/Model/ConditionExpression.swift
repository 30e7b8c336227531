/// `{"Condition": "...", "Value": "...", "TargetColumn": "..."}` of a recipe step.
/// All three are DataBrew's strings as given; `Value` is optional in the API
/// (for `IS`/`IS_NOT` it is a JSON list inside the string, e.g. `["draw"]`).
public struct ConditionExpression: Sendable, Equatable {
    public var condition: String
    public var value: String?
    public var targetColumn: String

    public init(condition: String, value: String? = nil, targetColumn: String) {
        self.condition = condition; self.value = value; self.targetColumn = targetColumn
    }

    /// The condition names DataBrew documents ([DG:recipes] "Using conditions").
    public static let documentedConditions: [String] = [
        "IS", "IS_NOT", "IS_BETWEEN", "CONTAINS", "NOT_CONTAINS", "STARTS_WITH",
        "NOT_STARTS_WITH", "ENDS_WITH", "NOT_ENDS_WITH", "LESS_THAN", "LESS_THAN_EQUAL",
        "GREATER_THAN", "GREATER_THAN_EQUAL", "IS_INVALID", "IS_MISSING",
    ]
}
