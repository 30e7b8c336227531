import WortCore

/// PROPER (a function): `sourceColumn` (or the constant `value`) in proper (capital) case, into a new
/// text column `targetColumn`. It is CapitalCase's step run on a copy, so the two agree.
enum Proper: RecipeOperation {
    static let name = "PROPER"

    static func plan(_ context: inout StepContext) -> StepKernel? {
        FunctionSteps.derived(&context, from: CapitalCase.self)
    }
}
