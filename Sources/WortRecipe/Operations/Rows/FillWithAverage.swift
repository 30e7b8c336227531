import WortCore

/// FILL_WITH_AVERAGE: missing cells take the mean of the column's values (see
/// `FillFromStatistic.planNumeric` for the double result).
enum FillWithAverage: RecipeOperation {
    static let name = "FILL_WITH_AVERAGE"
    static func plan(_ context: inout StepContext) -> StepKernel? {
        FillFromStatistic.planNumeric(&context) { Numeric.mean($0) }
    }
}
