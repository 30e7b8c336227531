import WortCore

/// Dialect hooks of the function steps: Wort's text form of every value type, Wort's
/// parsing of text as each type (the casts), and date parts. Long expressions are SQL
/// functions defined once per program (`FunctionDefinitions`), named `wort_fn_*`.
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

    /// A timestamp as Wort writes it: `YYYY-MM-DD HH:MM:SS`, then `.ffffff` (always six
    /// digits) when there are microseconds. Both engines' casts drop trailing zeros.
    func timestampText(_ ts: String) -> String {
        let (whole, fraction) = switch self {
        case .duckdb: ("strftime(\(ts), '%Y-%m-%d %H:%M:%S')", "strftime(\(ts), '%f')")
        case .spark: ("date_format(\(ts), 'yyyy-MM-dd HH:mm:ss')", "date_format(\(ts), 'SSSSSS')")
        }
        return "CASE WHEN \(ts) IS NOT NULL THEN " + concat([whole, "CASE WHEN \(fraction) <> '000000' THEN " + concat(["'.'", fraction]) + " ELSE '' END"]) + " END"
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

/// The SQL functions the function steps share, each defined once per program.
enum FunctionDefinitions {
    // MARK: Wort's text of a DOUBLE (WortCore's DoubleFormatting)

    /// `wort_fn_double_text(x)`: NaN, inf, -inf; integral values below 2^53 as `N.0`;
    /// below 2^50 the fewest fraction digits (at most 15) that read back exactly, found
    /// as Wort finds them (round half away from zero, exact division); else Swift's
    /// `description` (shortest digits, exponent form below 1e-4 or above 2^53).
    static func doubleText(_ d: SQLDialect) -> [String] {
        let two50 = "CAST(1125899906842624 AS DOUBLE)"
        let two53 = "CAST(9007199254740992 AS DOUBLE)"
        var branches: [String] = []
        for k in 1...15 {
            let w = "(a * 1e\(k))"
            // Spark may evaluate these before their guards (its common subexpressions are
            // hoisted), so nothing here may fail: `floor` is clamped below BIGINT's limit.
            let test = "CASE WHEN \(w) < CAST(1125899906842623.5 AS DOUBLE) THEN wort_fn_round_half_up(\(w)) / 1e\(k) = a ELSE FALSE END"
            branches.append("WHEN \(test) THEN wort_fn_fixed_point(wort_fn_round_half_up(\(w)), \(k))")
        }
        let roundDef = d.sqlFunction("wort_fn_round_half_up", [("w", .double)], returns: .int64,
            "CAST(floor(least(w, 1e18)) AS BIGINT) + CASE WHEN w - floor(least(w, 1e18)) >= 0.5 THEN 1 ELSE 0 END")
        // r / 10^k with exactly k fraction digits.
        let s = "CAST(r AS \(d.type(.string)))"
        let padded = d.concat(["repeat('0', CAST(greatest(k + 1 - length(\(s)), 0) AS INT))", s])
        let fixedDef = d.sqlFunction("wort_fn_fixed_point", [("r", .int64), ("k", .int64)], returns: .string,
            d.concat([d.substring(padded, from: "1", count: "CAST(length(\(padded)) - k AS INT)"), "'.'",
                      d.substring(padded, from: "CAST(length(\(padded)) - k + 1 AS INT)")]))
        let absDef = d.sqlFunction("wort_fn_abs_double_text", [("a", .double)], returns: .string,
            "CASE WHEN a < \(two53) AND a = floor(least(a, \(two53))) THEN " + d.concat(["CAST(CAST(least(a, \(two53)) AS BIGINT) AS \(d.type(.string)))", "'.0'"])
            + "\nWHEN a >= \(two50) THEN wort_fn_shortest_text(a)\n" + branches.joined(separator: "\n")
            + "\nELSE wort_fn_shortest_text(a) END")
        let mainDef = d.sqlFunction("wort_fn_double_text", [("x", .double)], returns: .string,
            "CASE WHEN x IS NULL THEN NULL WHEN \(d.isNaN("x")) THEN 'NaN' WHEN x = \(d.double(.infinity)) THEN 'inf' WHEN x = \(d.double(-.infinity)) THEN '-inf' ELSE "
            + d.concat(["CASE WHEN \(d.signBit("x")) THEN '-' ELSE '' END", "wort_fn_abs_double_text(abs(x))"]) + " END")
        return [roundDef, fixedDef] + shortestText(d) + [absDef, mainDef]
    }

    /// `wort_fn_shortest_text(a)` (a > 0, finite): Swift's `description`, from the
    /// shortest digits that read back as `a`. DuckDB's cast gives them; Java's
    /// `Double.toString` (Spark's cast) is not always shortest on Java 17, so Spark rounds
    /// to 1, 2, ... 17 significant digits and keeps the first that reads back. Known
    /// limit: beyond 9e18 and below 2^53, where a double needs all 17 digits, Java 17's
    /// rounding of its own 18 digits can make the last one differ from Swift's (2 in
    /// 20,000 doubles of random bits, none of the short decimals data usually holds).
    static func shortestText(_ d: SQLDialect) -> [String] {
        let text: String
        var helpers: [String] = []
        switch d {
        case .duckdb: text = "CAST(a AS VARCHAR)"
        case .spark:
            // No lambda: Spark allows none in a SQL function. `format_string` rounds
            // Java's digits, not the exact value, so a 17th digit can be one off; whole
            // numbers below 9e18 are rounded exactly, as BIGINTs, instead.
            let tries = (0...16).map { "WHEN try_cast(format_string('%.\($0)e', a) AS DOUBLE) = a THEN format_string('%.\($0)e', a)" }
            let n = "CAST(least(a, 9e18) AS BIGINT)"
            let whole = (1...17).map { "WHEN CAST(wort_fn_round_digits(\(n), \($0)) AS DOUBLE) = a THEN CAST(wort_fn_round_digits(\(n), \($0)) AS STRING)" }
            text = "CASE WHEN a >= CAST(9007199254740992 AS DOUBLE) AND a < 9e18 THEN CASE " + whole.joined(separator: " ")
                + " END ELSE CASE " + tries.joined(separator: " ") + " ELSE CAST(a AS STRING) END END"
            // n (positive) rounded half to even to p significant digits, exactly.
            let q = "CAST(power(10, greatest(length(CAST(n AS STRING)) - p, 0)) AS BIGINT)"
            helpers.append(d.sqlFunction("wort_fn_round_digits", [("n", .int64), ("p", .int64)], returns: .int64,
                "n - n % \(q) + CASE WHEN 2 * (n % \(q)) > \(q) OR (2 * (n % \(q)) = \(q) AND (n div \(q)) % 2 = 1) THEN \(q) ELSE 0 END"))
        }
        // t: `123.45`, `1.2345e+17`, `1e-05` ... → significant digits and exponent.
        let digitsDef = d.sqlFunction("wort_fn_sig_digits", [("t", .string)], returns: .string,
            "regexp_replace(regexp_replace(" + d.concat([d.extract("t", "'^([0-9]*)'", 1), d.extract("t", "'^[0-9]*[.]([0-9]*)'", 1)]) + ", '^0+', ''), '0+$', '')")
        let all = d.concat([d.extract("t", "'^([0-9]*)'", 1), d.extract("t", "'^[0-9]*[.]([0-9]*)'", 1)])
        let exponentDef = d.sqlFunction("wort_fn_sci_exponent", [("t", .string)], returns: .int64,
            "length(\(d.extract("t", "'^([0-9]*)'", 1))) - 1 - (length(\(all)) - length(regexp_replace(\(all), '^0+', ''))) + coalesce(\(d.groupInt(d.extract("t", "'[eE]([-+]?[0-9]+)$'", 1))), 0)")
        let layoutDef = d.sqlFunction("wort_fn_swift_layout", [("ds", .string), ("e", .int64), ("expo", .bool)], returns: .string, """
            CASE WHEN expo OR e < -4 THEN \(d.concat([d.substring("ds", from: "1", count: "1"), "CASE WHEN length(ds) > 1 THEN " + d.concat(["'.'", d.substring("ds", from: "2")]) + " ELSE '' END", "'e'", "CASE WHEN e < 0 THEN '-' ELSE '+' END", "CASE WHEN abs(e) < 10 THEN '0' ELSE '' END", "CAST(abs(e) AS \(d.type(.string)))"]))
            WHEN e < 0 THEN \(d.concat(["'0.'", "repeat('0', CAST(-e - 1 AS INT))", "ds"]))
            WHEN length(ds) <= e + 1 THEN \(d.concat(["ds", "repeat('0', CAST(e + 1 - length(ds) AS INT))", "'.0'"]))
            ELSE \(d.concat([d.substring("ds", from: "1", count: "CAST(e + 1 AS INT)"), "'.'", d.substring("ds", from: "CAST(e + 2 AS INT)")])) END
            """)
        let shortestDef = d.sqlFunction("wort_fn_shortest_text", [("a", .double)], returns: .string,
            "wort_fn_swift_layout(wort_fn_sig_digits(\(text)), wort_fn_sci_exponent(\(text)), a > CAST(9007199254740992 AS DOUBLE))")
        return helpers + [digitsDef, exponentDef, layoutDef, shortestDef]
    }

    // MARK: Wort's parsing of text (WortCore's ValueParser, month-first dates)

    /// Dates: `YYYY-M-D` or `YYYY/M/D` (groups 1-4: year, month after `-`, month after
    /// `/`, day), `M/D/YYYY` or `D.M.YYYY` (groups 5-8: first number, second after `/`,
    /// second after `.`, year).
    static let datePattern = "([0-9]{4})(?:-([0-9]{1,2})-|/([0-9]{1,2})/)([0-9]{1,2})"
        + "|([0-9]{1,2})(?:/([0-9]{1,2})/|[.]([0-9]{1,2})[.])([0-9]{4})"
    /// A time after a date: ` ` or `T`, `H:MM[:SS[.fraction]]`, AM/PM, a zone (groups 9-14).
    static let timePattern = "(?:[ T]([0-9]{1,2}):([0-9]{2})(?::([0-9]{2})(?:[.]([0-9]{1,9}))?)?(?: ?([aApP][mM]))?(?: ?(Z|[+-][0-9]{2}(?::?[0-9]{2})?))?)?"

    /// `wort_fn_date(s)` and `wort_fn_timestamp(s)`: a text read as Wort reads a date or a
    /// timestamp (spaces and tabs trimmed, years 1-9999, real days only, a zone converted
    /// to UTC); NULL when it is neither. DuckDB numbers at most 9 groups in
    /// `regexp_extract`, so it takes them all at once as a struct, in a second macro.
    static func dateParsing(_ d: SQLDialect) -> [String] {
        let v = d.trimSpacesAndTabs("s")
        let dateRegex = "^(?:" + datePattern + ")\\z"
        let tsRegex = "^(?:" + datePattern + ")" + timePattern + "\\z"
        return define(d, "wort_fn_date", regex: dateRegex, groups: 8, returns: .date, v: v) { g in date(d, g) }
            + define(d, "wort_fn_timestamp", regex: tsRegex, groups: 14, returns: .timestamp, v: v) { g in timestamp(d, g) }
    }

    /// A function of text `s` whose body reads the groups of `regex` over `v`.
    private static func define(_ d: SQLDialect, _ name: String, regex: String, groups: Int, returns: DataType, v: String,
                               _ body: ((Int) -> String) -> String) -> [String] {
        switch d {
        case .duckdb:
            let names = (1...groups).map { "'g\($0)'" }.joined(separator: ", ")
            return [d.sqlFunction(name + "_groups", [("m", .string)], returns: returns, body { "m.g\($0)" }),
                    d.sqlFunction(name, [("s", .string)], returns: returns, "\(name)_groups(regexp_extract(\(v), \(d.string(regex)), [\(names)]))")]
        case .spark:
            return [d.sqlFunction(name, [("s", .string)], returns: returns, body { d.extract(v, d.string(regex), $0) })]
        }
    }

    /// The date of groups 1-8 (month first), NULL when they are empty or no real date.
    private static func date(_ d: SQLDialect, _ g: (Int) -> String) -> String {
        let year = d.concat([g(1), g(8)])
        let month = d.concat([g(2), g(3), "CASE WHEN \(g(6)) <> '' THEN \(g(5)) ELSE '' END", g(7)])
        let day = d.concat([g(4), g(6), "CASE WHEN \(g(7)) <> '' THEN \(g(5)) ELSE '' END"])
        let iso = d.concat([year, "'-'", "lpad(\(month), 2, '0')", "'-'", "lpad(\(day), 2, '0')"])
        return "CASE WHEN \(year) NOT IN ('', '0000') THEN \(d.tryCast(iso, .date)) END"
    }

    /// The timestamp of groups 1-14: the date's midnight plus the time, minus the zone's
    /// offset; NULL when a field is out of range (minute 60, hour 13 with AM/PM, ...).
    private static func timestamp(_ d: SQLDialect, _ g: (Int) -> String) -> String {
        let hour = d.groupInt(g(9)), minute = d.groupInt(g(10)), second = "coalesce(\(d.groupInt(g(11))), 0)"
        let ampm = "lower(\(g(13)))", zone = g(14)
        let zoneHour = d.groupInt(d.substring(zone, from: "2", count: "2"))
        let zoneMinute = "CASE WHEN length(\(zone)) > 3 THEN \(d.groupInt(d.substring(zone, from: "length(\(zone)) - 1", count: "2"))) ELSE 0 END"
        let timeValid = """
            (\(g(9)) = '' OR (\(minute) <= 59 AND \(second) <= 59 \
            AND CASE WHEN \(ampm) = '' THEN \(hour) <= 23 ELSE \(hour) BETWEEN 1 AND 12 END \
            AND (\(zone) IN ('', 'Z') OR (\(zoneHour) <= 23 AND \(zoneMinute) <= 59))))
            """
        let hour24 = "CASE WHEN \(ampm) = '' THEN \(hour) ELSE \(hour) % 12 + CASE WHEN \(ampm) = 'pm' THEN 12 ELSE 0 END END"
        let offset = "CASE WHEN \(zone) IN ('', 'Z') THEN 0 WHEN \(d.substring(zone, from: "1", count: "1")) = '+' THEN \(zoneHour) * 3600 + \(zoneMinute) * 60 ELSE -(\(zoneHour) * 3600 + \(zoneMinute) * 60) END"
        let fraction = "CASE WHEN \(g(12)) = '' THEN 0 ELSE \(d.tryCast("rpad(\(d.substring(g(12), from: "1", count: "6")), 6, '0')", .int64)) END"
        let micros = "CASE WHEN \(g(9)) = '' THEN CAST(0 AS BIGINT) ELSE CAST(\(hour24) * 3600 + \(minute) * 60 + \(second) - (\(offset)) AS BIGINT) * 1000000 + \(fraction) END"
        return "CASE WHEN \(timeValid) THEN \(d.timestamp("(\(date(d, g)))", plusMicros: micros)) END"
    }
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
