import WortCore

/// FILL_WITH_MEDIAN: missing cells take the interpolated median (DuckDB `median`,
/// = `quantile_cont(c, 0.5)`: the mean of the two middle values of an even count).
enum FillWithMedian: RecipeOperation {
    static let name = "FILL_WITH_MEDIAN"
    static func plan(_ context: inout StepContext) -> StepKernel? {
        FillFromStatistic.planNumeric(&context) { Numeric.median($0) }
    }
}
