import WortCore

/// UPPER (a function): `sourceColumn` (or the constant `value`) in upper case, into a new
/// text column `targetColumn`. It is UpperCase's step run on a copy, so the two agree.
enum Upper: RecipeOperation {
    static let name = "UPPER"

    static func plan(_ context: inout StepContext) -> StepKernel? {
        FunctionSteps.derived(&context, from: UpperCase.self)
    }
}
