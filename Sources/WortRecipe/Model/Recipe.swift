/// A DataBrew recipe: the steps of DataBrew's downloadable recipe JSON, in order.
///
/// The model is deliberately untyped: an operation is its name and its string parameters,
/// so operations and parameters Wort does not know survive a load/save round trip.
public struct Recipe: Sendable, Equatable {
    public var steps: [RecipeStep]

    public init(steps: [RecipeStep] = []) {
        self.steps = steps
    }
}

/// One step: an action and the conditions (ANDed) that select the rows it applies to.
public struct RecipeStep: Sendable, Equatable {
    public var action: RecipeAction
    public var conditions: [ConditionExpression]

    public init(action: RecipeAction, conditions: [ConditionExpression] = []) {
        self.action = action; self.conditions = conditions
    }
}

/// `{"Operation": "...", "Parameters": {...}}`. Parameter values are DataBrew's strings,
/// exactly as given (lists and objects are JSON-encoded inside the string).
public struct RecipeAction: Sendable, Equatable {
    public var operation: String
    public var parameters: OrderedParameters

    public init(operation: String, parameters: OrderedParameters = [:]) {
        self.operation = operation; self.parameters = parameters
    }
}
