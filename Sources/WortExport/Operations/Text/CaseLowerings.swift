/// UPPER_CASE / LOWER_CASE: in place, as text (numbers as Wort writes them). Spark maps
/// case fully (ß → SS) as Wort does; DuckDB maps simply (ß → ẞ), so the mappings that
/// change length are spelt out for it (SQLDialect+Case). Spark's final-sigma rule, which
/// Swift does not apply, is avoided by lowering each Σ to σ first (scale-out.md §2.4 #2).
enum UpperCaseLowering: StepLowering {
    static let operation = "UPPER_CASE"
    static func lower(_ l: inout Lowering) throws -> String {
        let c = l.params.string("sourceColumn") ?? ""
        return l.project([c: l.dialect.wortUpper(l.wortText(c))])
    }
}

enum LowerCaseLowering: StepLowering {
    static let operation = "LOWER_CASE"
    static func lower(_ l: inout Lowering) throws -> String {
        let c = l.params.string("sourceColumn") ?? ""
        return l.project([c: l.dialect.wortLower(l.wortText(c))])
    }
}
