import WortCore

/// MULTIPLY (a function): the product (see `Arithmetic`).
enum Multiply: RecipeOperation {
    static let name = "MULTIPLY"

    static func plan(_ context: inout StepContext) -> StepKernel? {
        Arithmetic.plan(&context) { a, b in a * b }
    }
}
