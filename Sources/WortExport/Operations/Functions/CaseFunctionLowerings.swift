/// UPPER, LOWER, PROPER: `sourceColumn` (or the constant `value`) in upper, lower or
/// proper case, into the new text column `targetColumn`. Wort runs UPPER_CASE,
/// LOWER_CASE and CAPITAL_CASE on a copy, so these follow the same mapping: Swift's full
/// Unicode mapping without a final sigma. DuckDB maps simply (ß → ẞ): `wort_fn_upper`
/// spells out every longer mapping first; Spark's `lower` would write a final `ς`, so a
/// `Σ` is lowered first (scale-out.md §2.4 #2).
extension SQLDialect {
    /// Upper case as Wort maps it (DuckDB: needs `FunctionDefinitions.upper`).
    func functionUpper(_ e: String) -> String {
        switch self {
        case .duckdb: "wort_fn_upper(\(e))"
        case .spark: "upper(\(e))"
        }
    }

    /// Lower case as Wort maps it (every Σ to σ, as Swift does).
    func functionLower(_ e: String) -> String {
        switch self {
        case .duckdb: lower(e)
        case .spark: lower("replace(\(e), 'Σ', 'σ')")
        }
    }

    /// Proper case as Wort's CAPITAL_CASE: code point by code point, upper case at the
    /// start of the text or after an ASCII whitespace character (tab to carriage return,
    /// space), lower case elsewhere.
    func properCase(_ t: String) -> String {
        let previous = substring(t, from: "i - 1", count: "1")
        let atStart = "i = 1 OR \(previous) IN (' ', chr(9), chr(10), chr(11), chr(12), chr(13))"
        let one = substring(t, from: "i", count: "1")
        let each = "CASE WHEN \(atStart) THEN \(functionUpper(one)) ELSE \(functionLower(one)) END"
        switch self {
        case .duckdb:
            return "array_to_string(list_transform(range(1, length(\(t)) + 1), lambda i: \(each)), '')"
        case .spark:
            // sequence(1, 0) counts down: the empty text is handled on its own.
            return "CASE WHEN \(t) = '' THEN '' ELSE array_join(transform(sequence(1, length(\(t))), i -> \(each)), '') END"
        }
    }
}

enum CaseFunction {
    static func lower(_ l: inout Lowering, _ map: (SQLDialect, String) -> String) -> String {
        let w = WorkColumns(l.dialect)
        let t = l.functionInputText(w)
        let target = l.params.string("targetColumn") ?? ""
        return l.project([target: map(l.dialect, t)], w)
    }
}

enum UpperLowering: StepLowering {
    static let operation = "UPPER"
    static func lower(_ l: inout Lowering) throws -> String {
        if l.dialect == .duckdb { l.define(FunctionDefinitions.upper(l.dialect)) }
        return CaseFunction.lower(&l) { $0.functionUpper($1) }
    }
}

enum LowerLowering: StepLowering {
    static let operation = "LOWER"
    static func lower(_ l: inout Lowering) throws -> String { CaseFunction.lower(&l) { $0.functionLower($1) } }
}

/// PROPER works code point by code point in a lambda over the text, made a work column
/// first so that the lambda repeats only its name.
enum ProperLowering: StepLowering {
    static let operation = "PROPER"
    static func lower(_ l: inout Lowering) throws -> String {
        if l.dialect == .duckdb { l.define(FunctionDefinitions.upper(l.dialect)) }
        let w = WorkColumns(l.dialect)
        let t = w.column(l.functionInputText(w))
        let target = l.params.string("targetColumn") ?? ""
        return l.project([target: l.dialect.properCase(t)], w)
    }
}
