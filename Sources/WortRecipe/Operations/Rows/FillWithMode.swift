import WortCore

/// FILL_WITH_MODE: missing cells take the most frequent value; ties go to the value that
/// occurs first. Any column type; the column keeps it.
enum FillWithMode: RecipeOperation {
    static let name = "FILL_WITH_MODE"
    static func plan(_ context: inout StepContext) -> StepKernel? { FillFromStatistic.planMostFrequent(&context) }
}
