import WortCore

/// FILL_WITH_MOST_FREQUENT: the console's name for the same fill as FILL_WITH_MODE.
enum FillWithMostFrequent: RecipeOperation {
    static let name = "FILL_WITH_MOST_FREQUENT"
    static func plan(_ context: inout StepContext) -> StepKernel? { FillFromStatistic.planMostFrequent(&context) }
}
