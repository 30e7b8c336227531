/// REPLACE_TEXT: every match of the regular expression `pattern` in `sourceColumn`
/// replaced by the template `value`, in place, as text. The pattern is rewritten from
/// Wort's flavour (ICU) into the engine's (`ICURegex`), the template into the engine's
/// group syntax, Spark `$1`, DuckDB `\1` (`ReplacementTemplate`). DuckDB replaces every
/// match only with the 'g' flag (scale-out.md §2.4 #8), and is refused a pattern that
/// can match empty text, whose matches RE2 places differently.
enum ReplaceTextLowering: StepLowering {
    static let operation = "REPLACE_TEXT"

    static func lower(_ l: inout Lowering) throws -> String {
        let c = l.params.string("sourceColumn") ?? ""
        let pattern = l.params.string("pattern") ?? ""
        let template = l.params.optionalString("value") ?? ""
        let (regex, re) = try l.icuRegex(pattern, parameter: "pattern")
        if l.dialect == .duckdb, regex.matchesEmpty {
            throw l.refuse("the pattern can match empty text, and RE2 (DuckDB) replaces an empty match right after another match differently from Wort (a* in baaac gives -b-c-, not -b--c-); make it match at least one character, or export to spark-sql or pyspark", parameter: "pattern")
        }
        let pieces = ReplacementTemplate.parse(template, groups: regex.groups)
        guard let replacement = ReplacementTemplate.translated(pieces, for: l.dialect) else {
            throw l.refuse("DuckDB's regexp_replace refers to groups 1 to 9 only; export to spark-sql or pyspark", parameter: "value")
        }
        return l.project([c: l.dialect.replaceAll(l.wortText(c), re, l.lit(replacement))])
    }
}
