import WortCore

/// SUBTRACT (a function): the first minus the second (see `Arithmetic`).
enum Subtract: RecipeOperation {
    static let name = "SUBTRACT"

    static func plan(_ context: inout StepContext) -> StepKernel? {
        Arithmetic.plan(&context) { a, b in a - b }
    }
}
