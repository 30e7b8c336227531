import WortCore

/// Dialect hooks of the function steps: Wort's text form of every value type, Wort's
/// parsing of text as each type (the casts), and date parts. The long computations are
/// built from these as layers of work columns (`WorkColumns`), not as SQL functions:
/// Spark inlines a SQL function's body at every use of a parameter, which multiplies
/// nested functions into generated code beyond the JVM's 64 KB method limit.
extension SQLDialect {
    /// A SQL function (DuckDB: a macro; Spark: a temporary SQL function) definition.
    func sqlFunction(_ name: String, _ parameters: [(String, DataType)], returns: DataType, _ body: String) -> String {
        switch self {
        case .duckdb:
            return "CREATE OR REPLACE TEMP MACRO \(name)(" + parameters.map(\.0).joined(separator: ", ") + ") AS\n" + body
        case .spark:
            return "CREATE OR REPLACE TEMPORARY FUNCTION \(name)("
                + parameters.map { "\($0.0) \(type($0.1))" }.joined(separator: ", ")
                + ") RETURNS \(type(returns)) RETURN\n" + body
        }
    }

    /// Whether a DOUBLE's sign bit is set (-0.0 included).
    func signBit(_ x: String) -> String {
        switch self {
        case .duckdb: "signbit(\(x))"
        case .spark: "(\(x) < 0 OR CAST(\(x) AS STRING) = '-0.0')"
        }
    }

    /// A DATE's midnight as a zone-less timestamp plus a number of microseconds.
    func timestamp(_ date: String, plusMicros micros: String) -> String {
        switch self {
        case .duckdb: "(CAST(\(date) AS TIMESTAMP) + to_microseconds(\(micros)))"
        case .spark: "timestampadd(MICROSECOND, \(micros), CAST(\(date) AS TIMESTAMP_NTZ))"
        }
    }

    /// 1 = Sunday ... 7 = Saturday (Spark's `dayofweek`; DuckDB's counts from 0).
    func weekDay(_ ts: String) -> String {
        switch self {
        case .duckdb: "(dayofweek(\(ts)) + 1)"
        case .spark: "dayofweek(\(ts))"
        }
    }

    /// A whole number from a regex group's digits ('' gives NULL).
    func groupInt(_ g: String) -> String { tryCast("nullif(\(g), '')", .int64) }

    /// `regexp_extract` of one group ('' when the group took no part, in both engines).
    func extract(_ e: String, _ regex: String, _ group: Int) -> String { "regexp_extract(\(e), \(regex), \(group))" }
}

/// Shared pieces of the function steps' SQL: Wort's date and time patterns (ValueParser's
/// DateText and TimeText as regexes), and the DuckDB macro for upper case.
enum FunctionDefinitions {
    /// Dates: `YYYY-M-D` or `YYYY/M/D` (groups 1-4: year, month after `-`, month after
    /// `/`, day), `M/D/YYYY` or `D.M.YYYY` (groups 5-8: first number, second after `/`,
    /// second after `.`, year).
    static let datePattern = "([0-9]{4})(?:-([0-9]{1,2})-|/([0-9]{1,2})/)([0-9]{1,2})"
        + "|([0-9]{1,2})(?:/([0-9]{1,2})/|[.]([0-9]{1,2})[.])([0-9]{4})"
    /// A time after a date: ` ` or `T`, `H:MM[:SS[.fraction]]`, AM/PM, a zone (groups 9-14).
    static let timePattern = "(?:[ T]([0-9]{1,2}):([0-9]{2})(?::([0-9]{2})(?:[.]([0-9]{1,9}))?)?(?: ?([aApP][mM]))?(?: ?(Z|[+-][0-9]{2}(?::?[0-9]{2})?))?)?"
}

extension FunctionDefinitions {
    /// Code points whose full upper case is several code points (ß → SS, ǰ → J̌, ᾳ → ΑΙ,
    /// և → ԵՒ, ...), from Swift's own tables, so that they are Wort's.
    static let multiScalarUppercase: [(Unicode.Scalar, String)] = {
        var out: [(Unicode.Scalar, String)] = []
        for v in UInt32(0x80)...0x10FFFF {
            guard let u = Unicode.Scalar(v), u.properties.changesWhenUppercased else { continue }
            let mapped = u.properties.uppercaseMapping
            if mapped.unicodeScalars.count > 1 { out.append((u, mapped)) }
        }
        return out
    }()

    /// `wort_fn_upper(x)` (DuckDB): upper case as Wort maps it. DuckDB maps one code point
    /// to one, so the code points whose mapping is longer are replaced first, only in
    /// texts that hold one (scale-out.md §2.4 #2).
    static func upper(_ d: SQLDialect) -> String {
        var replaced = "x"
        for (u, mapped) in multiScalarUppercase { replaced = "replace(\(replaced), \(d.string(String(u))), \(d.string(mapped)))" }
        let any = "[" + multiScalarUppercase.map { String($0.0) }.joined() + "]"
        return d.sqlFunction("wort_fn_upper", [("x", .string)], returns: .string,
            "upper(CASE WHEN \(d.matches("x", d.string(any))) THEN \(replaced) ELSE x END)")
    }
}
