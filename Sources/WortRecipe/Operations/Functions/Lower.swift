import WortCore

/// LOWER (a function): `sourceColumn` (or the constant `value`) in lower case, into a new
/// text column `targetColumn`. It is LowerCase's step run on a copy, so the two agree.
enum Lower: RecipeOperation {
    static let name = "LOWER"

    static func plan(_ context: inout StepContext) -> StepKernel? {
        FunctionSteps.derived(&context, from: LowerCase.self)
    }
}
