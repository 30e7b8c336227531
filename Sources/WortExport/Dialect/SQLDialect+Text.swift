import WortCore

/// Dialect hooks of the text, date and arithmetic steps: helper functions, regex
/// extraction and whole-text matching, case mapping as Swift does it, and arithmetic that
/// gives NULL where Wort does. (Values as Wort writes them in text and reads date-times:
/// Operations/Text/DoubleTextFunctions and DateTimeFunctions.)
extension SQLDialect {
    /// A helper function placed once before the steps: a DuckDB macro or a temporary
    /// Spark SQL function (Spark inlines both kinds of body like a macro; it allows no
    /// lambda in or around a SQL function, so Spark forms with lambdas are written inline).
    func function(_ name: String, _ parameters: [(String, DataType)], returns: DataType, _ body: String) -> String {
        switch self {
        case .duckdb:
            return "CREATE OR REPLACE TEMP MACRO \(name)(" + parameters.map(\.0).joined(separator: ", ") + ") AS\n\(body)"
        case .spark:
            return "CREATE OR REPLACE TEMPORARY FUNCTION \(name)(" + parameters.map { "\($0.0) \(type($0.1))" }.joined(separator: ", ")
                + ") RETURNS \(type(returns)) RETURN\n\(body)"
        }
    }

    /// The text of `regex`'s first match in `e` (group `group`); `''` when there is none
    /// (scale-out.md §2.4 #10), and for a group that took no part in the match.
    func regexExtract(_ e: String, _ regex: String, group: Int = 0) -> String {
        "regexp_extract(\(e), \(regex), \(group))"
    }

    /// Whether `e` as a whole matches `pattern` (given as text, not yet a literal). Spark's
    /// RLIKE looks for a match anywhere, so the pattern is anchored; `\z` because `$` also
    /// matches before a final line break.
    func wholeMatch(_ e: String, _ pattern: String) -> String {
        matches(e, string("^(?:" + pattern + ")\\z"))
    }

    /// TRUE when the DOUBLE `x` is neither infinite nor NaN (NaN sorts above infinity in
    /// both engines, so the comparison is false for it).
    func isFinite(_ x: String) -> String {
        "abs(\(x)) < \(double(.infinity))"
    }

    /// `a / b`, NULL when `b` is zero: Spark in ANSI mode raises on `/ 0` and DuckDB
    /// gives ±inf or NaN (scale-out.md §2.4 #7).
    func divide(_ a: String, _ b: String) -> String {
        switch self {
        case .duckdb: "(\(a) / NULLIF(\(b), 0))"
        case .spark: "try_divide(\(a), \(b))"
        }
    }

    /// Upper case as Swift maps it: fully (ß → SS). Spark's `upper` already does.
    func wortUpper(_ e: String) -> String { upper(e) }

    /// Lower case as Swift maps it: fully (İ → i̇) but without the final-sigma rule
    /// (ΣΑΣ → σασ). Spark applies that rule to a capital Σ only, so each Σ is lowered
    /// to σ beforehand.
    func wortLower(_ e: String) -> String {
        switch self {
        case .duckdb: lower(e)
        case .spark: "lower(replace(\(e), 'Σ', 'σ'))"
        }
    }

    /// `[\t-\r\p{Z}]`: the whitespace of Wort's TRIM, REMOVE_COMBINED and CAPITAL_CASE
    /// (ASCII `\s` or a Unicode separator; not U+0085), in both regex flavours.
    static let whitespaceClass = "[\\x{9}-\\x{D}\\p{Z}]"
}
