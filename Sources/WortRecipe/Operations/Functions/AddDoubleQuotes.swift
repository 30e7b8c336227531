import WortCore

/// ADD_DOUBLE_QUOTES: every value of `sourceColumn` between `"` and `"`, in place. Quotes
/// already in the text are kept as they are (the CSV writer escapes them on output).
enum AddDoubleQuotes: RecipeOperation {
    static let name = "ADD_DOUBLE_QUOTES"

    static func plan(_ context: inout StepContext) -> StepKernel? {
        Affixes.plan(&context, prefix: [0x22], suffix: [0x22])
    }
}
