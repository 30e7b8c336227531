import WortCore

/// REPLACE_WITH_MOST_FREQUENT: the console's other name for REPLACE_WITH_MODE.
enum ReplaceWithMostFrequent: RecipeOperation {
    static let name = "REPLACE_WITH_MOST_FREQUENT"
    static func plan(_ context: inout StepContext) -> StepKernel? { InvalidValues.planMostFrequent(&context) }
}
