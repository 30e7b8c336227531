import WortCore

/// ADD_SINGLE_QUOTES: every value of `sourceColumn` between `'` and `'`, in place. Quotes
/// already in the text are kept as they are (DataBrew only says "encloses").
enum AddSingleQuotes: RecipeOperation {
    static let name = "ADD_SINGLE_QUOTES"

    static func plan(_ context: inout StepContext) -> StepKernel? {
        Affixes.plan(&context, prefix: [0x27], suffix: [0x27])
    }
}
