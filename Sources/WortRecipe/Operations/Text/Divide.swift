import WortCore

/// DIVIDE (a function): the first divided by the second; dividing by zero gives null, as
/// Spark's `try_divide` (see `Arithmetic`).
enum Divide: RecipeOperation {
    static let name = "DIVIDE"

    static func plan(_ context: inout StepContext) -> StepKernel? {
        Arithmetic.plan(&context) { a, b in b == 0 ? nil : a / b }
    }
}
