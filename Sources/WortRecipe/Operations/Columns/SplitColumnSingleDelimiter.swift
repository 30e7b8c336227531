import WortCore

/// SPLIT_COLUMN_SINGLE_DELIMITER: `sourceColumn` split at the literal `pattern` at most
/// `limit` (1...20, default 1) times into `<col>_1` ... `<col>_{limit+1}`, which replace
/// it (see `ColumnSplitter`). `includeInSplit` keeps the delimiter; the console's `isText`
/// is accepted and changes nothing (the pattern is always literal text).
enum SplitColumnSingleDelimiter: RecipeOperation {
    static let name = "SPLIT_COLUMN_SINGLE_DELIMITER"
    static let conditionUse = ConditionUse.unsupported

    static func plan(_ context: inout StepContext) -> StepKernel? {
        context.ignore("isText")
        let column = context.column("sourceColumn")
        let pattern = context.string("pattern")
        let limit = context.int("limit", default: 1, range: 1...20)
        let include = context.bool("includeInSplit", default: false)
        if pattern == "" { context.problem("pattern", "the delimiter is empty") }
        guard let i = column, let pattern, let limit, !context.hasProblems else { return nil }
        return ColumnSplitter.plan(&context, column: i, delimiters: [.init(bytes: Array(pattern.utf8), include: include)], limit: limit)
    }
}
