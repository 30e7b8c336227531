import Foundation
import WortCore
import WortIO
import WortRecipe

/// Runs recipe steps on rows in memory with the same planner and runner as `wort run`,
/// so what the grid shows is what a job writes.
public enum RecipeApply {
    public struct Result: Sendable {
        public var store: RowStore
        /// Every problem pre-flight found (the steps from the first broken one on are left out).
        public var problems: [RecipeProblem]
        /// Rows in and out per step that ran.
        public var summary: RunSummary?
        /// Steps that ran: all of them, or those before the first broken one.
        public var stepsRun: Int
    }

    /// Applies `recipe` to `input`. A broken step does not lose the work before it: the
    /// steps before the first problem are applied, and the problems say what is wrong.
    public static func run(_ recipe: Recipe, on input: RowStore, environment: RecipeEnvironment,
                           cancel: CancelFlag? = nil) throws -> Result {
        guard !recipe.steps.isEmpty else { return Result(store: input, problems: [], summary: nil, stepsRun: 0) }
        let (plan, problems) = RecipePlanner.plan(recipe, input: input.schema, environment: environment)
        var runnable = plan
        var stepsRun = recipe.steps.count
        if plan == nil {
            let firstBroken = problems.filter { !$0.isWarning }.compactMap(\.step).min() ?? 1
            stepsRun = firstBroken - 1
            runnable = RecipePlanner.plan(Recipe(steps: Array(recipe.steps.prefix(stepsRun))),
                                          input: input.schema, environment: environment).plan
        }
        guard let runnable, stepsRun > 0 else { return Result(store: input, problems: problems, summary: nil, stepsRun: 0) }
        let writer = CollectingWriter()
        let summary = try RecipeRunner.run(runnable, reader: StoreReader(input, cancel: cancel), writer: writer)
        if cancel?.isCancelled == true { throw JobCancelled() }
        return Result(store: RowStore(schema: runnable.outputSchema, batches: writer.tables),
                      problems: problems, summary: summary, stepsRun: stepsRun)
    }

    /// The environment of a session's recipe: second datasets relative to the recipe's
    /// folder (or the working folder), secrets from the environment and key files.
    public static func environment(recipePath: String?, readOptions: ReadOptions, base: RecipeEnvironment? = nil) -> RecipeEnvironment {
        let folder = recipePath.map { ($0 as NSString).deletingLastPathComponent }.flatMap { $0.isEmpty ? nil : $0 }
        var env = base ?? RecipeEnvironment()
        env.readOptions = readOptions
        if let folder { env.datasets.recipeDirectory = folder }
        return env
    }
}

/// Keeps what the runner writes, in memory.
final class CollectingWriter: BatchWriter {
    private(set) var tables: [Table] = []
    func write(_ batch: Table) throws { tables.append(batch) }
    func finish() throws {}
}
