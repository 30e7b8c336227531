/// CAPITAL_CASE: each code point upper case at a word start (the cell's start, or after
/// an ASCII whitespace character), lower case elsewhere, mapped one code point at a time
/// as Wort does (ß at a word start is SS; a lone Σ is σ). Spark's `initcap` counts only
/// spaces and DuckDB has none (scale-out.md §2.4 #4), so the cell is rebuilt code point
/// by code point with a lambda; Spark's `sequence(1, 0)` counts down, so `''` is kept
/// apart.
enum CapitalCaseLowering: StepLowering {
    static let operation = "CAPITAL_CASE"

    static func lower(_ l: inout Lowering) throws -> String {
        let c = l.params.string("sourceColumn") ?? ""
        let d = l.dialect
        // The text is computed once per row, not once per code point (Spark also allows
        // no SQL function inside a lambda).
        let (values, source) = l.prepare([l.wortText(c)])
        let t = values[0]
        let ch = d.substring(t, from: "i", count: "1")
        let before = d.substring(t, from: "i - 1", count: "1")
        let wordStart = "i = 1 OR \(before) IN (' ', chr(9), chr(10), chr(11), chr(12), chr(13))"
        let cased = "CASE WHEN \(wordStart) THEN \(d.wortUpper(ch)) ELSE \(d.wortLower(ch)) END"
        let expr = switch d {
        case .duckdb: "array_to_string(list_transform(range(1, length(\(t)) + 1), lambda i: \(cased)), '')"
        case .spark: "CASE WHEN \(t) = '' THEN '' ELSE array_join(transform(sequence(1, length(\(t))), i -> \(cased)), '') END"
        }
        return l.project([c: expr], from: source)
    }
}

/// SENTENCE_CASE: the first code point upper case, the rest lower case (without Spark's
/// final-sigma rule, as Swift lowers).
enum SentenceCaseLowering: StepLowering {
    static let operation = "SENTENCE_CASE"

    static func lower(_ l: inout Lowering) throws -> String {
        let c = l.params.string("sourceColumn") ?? ""
        let d = l.dialect
        let (values, source) = l.prepare([l.wortText(c)])
        let t = values[0]
        return l.project([c: d.concat([d.wortUpper(d.substring(t, from: "1", count: "1")), d.wortLower(d.substring(t, from: "2"))])], from: source)
    }
}
