import WortCore

/// ADD (a function): the sum (see `Arithmetic`).
enum Add: RecipeOperation {
    static let name = "ADD"

    static func plan(_ context: inout StepContext) -> StepKernel? {
        Arithmetic.plan(&context) { a, b in a + b }
    }
}
