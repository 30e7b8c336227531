/// UPPER_CASE / LOWER_CASE: in place, as text. Spark maps case fully (ß → SS) as Wort
/// does; DuckDB maps simply (ß → ẞ), so only plain-letter data agrees on DuckDB
/// (scale-out.md §2.4 #2).
enum UpperCaseLowering: StepLowering {
    static let operation = "UPPER_CASE"
    static func lower(_ l: inout Lowering) throws -> String {
        let c = l.params.string("sourceColumn") ?? ""
        return l.project([c: l.dialect.upper(l.text(c))])
    }
}

enum LowerCaseLowering: StepLowering {
    static let operation = "LOWER_CASE"
    static func lower(_ l: inout Lowering) throws -> String {
        let c = l.params.string("sourceColumn") ?? ""
        return l.project([c: l.dialect.lower(l.text(c))])
    }
}
