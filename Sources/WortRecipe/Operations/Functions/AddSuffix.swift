import WortCore

/// ADD_SUFFIX: `pattern` after every value of `sourceColumn`, in place.
enum AddSuffix: RecipeOperation {
    static let name = "ADD_SUFFIX"

    static func plan(_ context: inout StepContext) -> StepKernel? {
        guard let p = Affixes.pattern(&context) else { _ = context.column("sourceColumn"); return nil }
        return Affixes.plan(&context, prefix: [], suffix: p)
    }
}
