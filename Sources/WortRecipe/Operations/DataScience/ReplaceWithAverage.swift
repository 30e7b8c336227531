import WortCore

/// REPLACE_WITH_AVERAGE: invalid cells take "the average of all other values" (the mean
/// of the valid numbers; nulls do not count). The column becomes double.
enum ReplaceWithAverage: RecipeOperation {
    static let name = "REPLACE_WITH_AVERAGE"
    static func plan(_ context: inout StepContext) -> StepKernel? {
        InvalidValues.planNumeric(&context) { Numeric.mean($0) }
    }
}
