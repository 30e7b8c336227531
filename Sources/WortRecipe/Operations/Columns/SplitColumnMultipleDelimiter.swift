import WortCore

/// SPLIT_COLUMN_MULTIPLE_DELIMITER: `sourceColumn` split at any of several literal
/// delimiters, `patternOptions` (a JSON list of `{"pattern": ..., "includeInSplit": ...}`;
/// a lone `pattern` + `includeInSplit` is taken too), at most `limit` (1...20, default 1)
/// times, into `<col>_1` ... `<col>_{limit+1}` replacing it (see `ColumnSplitter`). Where
/// two delimiters start at the same place the longer one splits.
enum SplitColumnMultipleDelimiter: RecipeOperation {
    static let name = "SPLIT_COLUMN_MULTIPLE_DELIMITER"
    static let conditionUse = ConditionUse.unsupported

    static func plan(_ context: inout StepContext) -> StepKernel? {
        context.ignore("isText")
        let column = context.column("sourceColumn")
        let limit = context.int("limit", default: 1, range: 1...20)
        var delimiters: [ColumnSplitter.Delimiter] = []
        if context.parameters["patternOptions"] != nil {
            context.ignore("pattern", "includeInSplit")
            if let node = context.json("patternOptions") {
                if case .array(let items) = node.kind, !items.isEmpty {
                    for item in items {
                        guard case .object(let members) = item.kind,
                              let p = members.first(where: { $0.key == "pattern" }), case .string(let text) = p.value.kind, !text.isEmpty else {
                            context.problem("patternOptions", "each option needs a non-empty \"pattern\" string"); continue
                        }
                        var include = false
                        if let inc = members.first(where: { $0.key == "includeInSplit" }) {
                            switch inc.value.kind {
                            case .bool(let b): include = b
                            case .string(let s): include = ParameterValue.bool(s) ?? false
                            default: break
                            }
                        }
                        delimiters.append(.init(bytes: Array(text.utf8), include: include))
                    }
                } else {
                    context.problem("patternOptions", "expected a JSON list like [{\"pattern\":\",\",\"includeInSplit\":false}]")
                }
            }
        } else if let p = context.string("pattern") {
            if p.isEmpty { context.problem("pattern", "the delimiter is empty") }
            delimiters.append(.init(bytes: Array(p.utf8), include: context.bool("includeInSplit", default: false)))
        }
        guard let i = column, let limit, !delimiters.isEmpty, !context.hasProblems else { return nil }
        return ColumnSplitter.plan(&context, column: i, delimiters: delimiters, limit: limit)
    }
}
