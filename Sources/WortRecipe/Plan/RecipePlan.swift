import WortCore

/// One step after pre-flight: what it receives and gives, and how it runs.
public struct PlannedStep: Sendable {
    public let number: Int
    public let operation: String
    public let inputSchema: Schema
    public let outputSchema: Schema
    public let kernel: StepKernel
}

/// A recipe checked against an input schema: every step with its schema known.
/// The runner executes it; exporters print it in other engines' languages.
public struct RecipePlan: Sendable {
    public let inputSchema: Schema
    public let steps: [PlannedStep]
    public var outputSchema: Schema { steps.last?.outputSchema ?? inputSchema }
}

public enum RecipePlanner {
    /// Walks every step against the schema, collecting all problems (and warnings). The
    /// plan is nil when any problem is not a warning. Steps after a broken one are still
    /// checked against the best-known schema, so one run lists everything.
    public static func plan(_ recipe: Recipe, input: Schema, environment: RecipeEnvironment,
                            registry: OperationRegistry = .standard) -> (plan: RecipePlan?, problems: [RecipeProblem]) {
        var schema = input
        var steps: [PlannedStep] = []
        var problems: [RecipeProblem] = []
        var failed = false
        if recipe.steps.count > 100 {
            problems.append(RecipeProblem(step: nil, operation: nil, parameter: nil,
                                          message: "\(recipe.steps.count) steps; DataBrew allows at most 100 (Wort runs them anyway)", isWarning: true))
        }
        for (k, step) in recipe.steps.enumerated() {
            var context = StepContext(number: k + 1, step: step, schema: schema, environment: environment)
            guard let op = registry.operation(named: step.action.operation) else {
                context.problem(nil, "unknown operation" + NameSuggestion.hint(for: step.action.operation, among: registry.names))
                problems += context.problems
                failed = true
                continue  // the schema stays as it was: later steps are checked against it
            }
            let conditions = step.conditions.isEmpty ? [] : context.compileConditions()
            if !step.conditions.isEmpty, op.conditionUse == .unsupported {
                context.problem("ConditionExpressions", "\(op.name) does not take conditions")
            }
            let kernel = op.plan(&context)
            if !context.hasProblems { context.reportUnknownParameters() }
            problems += context.problems
            guard let kernel, let conditions, !context.hasProblems else {
                failed = true
                if kernel != nil { schema = context.schema }
                continue
            }
            let wrapped = conditions.isEmpty ? kernel : conditional(kernel, conditions, use: op.conditionUse)
            steps.append(PlannedStep(number: k + 1, operation: op.name, inputSchema: schema,
                                     outputSchema: context.schema, kernel: wrapped))
            schema = context.schema
        }
        return (failed ? nil : RecipePlan(inputSchema: input, steps: steps), problems)
    }

    /// A kernel restricted to the rows that meet every condition.
    static func conditional(_ kernel: StepKernel, _ conditions: [RowCondition], use: ConditionUse) -> StepKernel {
        let mask: @Sendable (Table) -> [Bool] = { table in
            var m = [Bool](repeating: true, count: table.rowCount)
            for c in conditions { c.apply(to: table, mask: &m) }
            return m
        }
        if use == .selectsRowsToRemove {
            return .map { batch in batch.filter(mask(batch).map { !$0 }) }
        }
        switch kernel {
        case .map(let f):
            return .map { batch in try ConditionalMerge.merge(before: batch, after: try f(batch), mask: mask(batch)) }
        case .whole(let f):
            return .whole { all in try ConditionalMerge.merge(before: all, after: try f(all), mask: mask(all)) }
        case .stream(let make):
            return .stream { ConditionalTransform(inner: make(), mask: mask) }
        case .deferred(let prepare):
            return .deferred { conditional(try prepare(), conditions, use: use) }
        }
    }
}

/// A stateful step that sees every row but changes only those that match.
private final class ConditionalTransform: BatchTransform {
    let inner: any BatchTransform
    let mask: @Sendable (Table) -> [Bool]
    init(inner: any BatchTransform, mask: @escaping @Sendable (Table) -> [Bool]) { self.inner = inner; self.mask = mask }
    func process(_ batch: Table) throws -> Table {
        try ConditionalMerge.merge(before: batch, after: try inner.process(batch), mask: mask(batch))
    }
    func finish() throws -> Table? { try inner.finish() }
}
