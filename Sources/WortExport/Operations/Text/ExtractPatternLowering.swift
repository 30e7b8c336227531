/// EXTRACT_PATTERN: the first match of `pattern` in `sourceColumn` into a new text column
/// `targetColumn`; no match is NULL, where a bare `regexp_extract` gives `''`
/// (scale-out.md §2.4 #10). The pattern is rewritten as in REPLACE_TEXT (`ICURegex`).
enum ExtractPatternLowering: StepLowering {
    static let operation = "EXTRACT_PATTERN"

    static func lower(_ l: inout Lowering) throws -> String {
        let c = l.params.string("sourceColumn") ?? ""
        let target = l.params.string("targetColumn") ?? ""
        let (_, re) = try l.icuRegex(l.params.string("pattern") ?? "", parameter: "pattern")
        let (values, source) = l.prepare([l.wortText(c)])
        let t = values[0]
        let d = l.dialect
        return l.project([target: "CASE WHEN \(d.matches(t, re)) THEN \(d.regexExtract(t, re)) END"], from: source)
    }
}
