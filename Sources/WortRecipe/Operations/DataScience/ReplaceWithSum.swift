import WortCore

/// REPLACE_WITH_SUM: invalid cells take the sum of the valid numbers. The column becomes
/// double like the other statistics (a sum of doubles; no 64-bit overflow to report).
enum ReplaceWithSum: RecipeOperation {
    static let name = "REPLACE_WITH_SUM"
    static func plan(_ context: inout StepContext) -> StepKernel? {
        InvalidValues.planNumeric(&context) { $0.isEmpty ? nil : $0.reduce(0, +) }
    }
}
