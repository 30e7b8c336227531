import WortCore

/// REPLACE_WITH_MEDIAN: invalid cells take the median of the valid numbers (interpolated
/// between the two middle values, SQL `median`). The column becomes double.
enum ReplaceWithMedian: RecipeOperation {
    static let name = "REPLACE_WITH_MEDIAN"
    static func plan(_ context: inout StepContext) -> StepKernel? {
        InvalidValues.planNumeric(&context) { Numeric.median($0) }
    }
}
