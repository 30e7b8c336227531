import WortCore

/// REPLACE_WITH_MODE: invalid cells take the most frequent valid value (ties: the one
/// seen first). Any type; the column keeps it.
enum ReplaceWithMode: RecipeOperation {
    static let name = "REPLACE_WITH_MODE"
    static func plan(_ context: inout StepContext) -> StepKernel? { InvalidValues.planMostFrequent(&context) }
}
