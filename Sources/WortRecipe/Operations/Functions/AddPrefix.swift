import WortCore

/// ADD_PREFIX: `pattern` before every value of `sourceColumn`, in place.
enum AddPrefix: RecipeOperation {
    static let name = "ADD_PREFIX"

    static func plan(_ context: inout StepContext) -> StepKernel? {
        guard let p = Affixes.pattern(&context) else { _ = context.column("sourceColumn"); return nil }
        return Affixes.plan(&context, prefix: p, suffix: [])
    }
}
