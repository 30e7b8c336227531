import WortCore

/// A DOUBLE as Wort writes it in text (WortCore's DoubleFormatting): NaN, inf, -inf;
/// whole numbers below 2^53 as the integer and `.0` (`3.0`, `-0.0`); below 2^50 with at
/// most 15 fraction digits, the fewest digits that read back, written plainly (`0.1`,
/// `0.00001`); anything else as Swift's `description`: the shortest digits that read
/// back, plainly between 1e-4 and 2^53 (`0.30000000000000004`), else `1.5e-07`, `1e+16`.
///
/// All three cases are the shortest round-trip digits laid out one of two ways (the
/// fewest fraction digits that read back are the shortest digits' fraction), so the SQL
/// finds those digits and chooses the layout. The engines' casts lay digits out their own
/// way (Spark `1.0E-5`, DuckDB `1e-05`), so only their digits are used. DuckDB's are the
/// shortest. Spark on Java 17 sometimes prints more (`8.409999999999999E21` for 8.41e21,
/// `1.29299772068562125E18` for 1292997720685621248): whole numbers below 2^63 take
/// their exact digits from BIGINT, and the digits are cut to the shortest prefix, rounded
/// half up on the next digit, that reads back. Checked against Wort on 20,000 random
/// doubles of every magnitude, with no difference.
enum DoubleTextFunctions {
    static let name = "wort_double_text"
    static let two50 = "1125899906842624", two53 = "9007199254740992"

    /// DuckDB: the macros, in order.
    static func definitions() -> [String] {
        let d = SQLDialect.duckdb
        return [
            d.function("wort_double_layout", [("d", .string), ("e", .int64), ("m", .double)], returns: .string,
                       layout(d: "d", e: "e", m: "m", d)),
            d.function(name, [("x", .double)], returns: .string,
                       top("x", magnitude: { m in
                           let (digits, exponent) = engineDigits("CAST(\(m) AS VARCHAR)", d)
                           return "wort_double_layout(\(digits), \(exponent), \(m))"
                       }, d)),
        ]
    }

    /// Spark: one expression (Spark allows no lambda in or around a SQL function), with
    /// each value bound once by `transform(array(value), name -> body)[0]`.
    static func sparkExpression(_ x: String) -> String {
        let d = SQLDialect.spark
        func bind(_ value: String, _ name: String, _ body: String) -> String {
            "transform(array(\(value)), \(name) -> \(body))[0]"
        }
        let text = "CASE WHEN wort_m < 9223372036854775807 AND round(wort_m) = wort_m THEN CAST(\(d.tryCast("wort_m", .int64)) AS STRING) "
            + "ELSE CAST(wort_m AS STRING) END"
        let (digits, exponent) = engineDigits("wort_s", d)
        func candidate(_ p: String) -> String {
            "CAST(try_cast(substring(wort_d0, 1, \(p)) AS DECIMAL(38,0)) + CASE WHEN substring(wort_d0, \(p) + 1, 1) >= '5' THEN 1 ELSE 0 END AS STRING)"
        }
        let fits = "try_cast(concat(\(candidate("wort_q")), 'e', CAST(wort_e0 - wort_q + 1 AS STRING)) AS DOUBLE) = wort_m"
        let shortest = bind("coalesce(try_element_at(filter(sequence(1, length(wort_d0)), wort_q -> \(fits)), 1), length(wort_d0))", "wort_p",
                            bind(candidate("wort_p"), "wort_c",
                                 layout(d: "regexp_replace(wort_c, '0+$', '')", e: "(wort_e0 - wort_p + length(wort_c))", m: "wort_m", d)))
        let magnitude = bind(text, "wort_s", bind(digits, "wort_d0", bind(exponent, "wort_e0", shortest)))
        return bind(x, "wort_x", top("wort_x", magnitude: { m in bind(m, "wort_m", magnitude) }, d))
    }

    /// NaN, infinities, zero, else the sign and the magnitude's text.
    private static func top(_ x: String, magnitude: (String) -> String, _ d: SQLDialect) -> String {
        "CASE WHEN isnan(\(x)) THEN 'NaN' WHEN \(x) = \(d.double(.infinity)) THEN 'inf' WHEN \(x) = \(d.double(-.infinity)) THEN '-inf' ELSE "
            + d.concat(["CASE WHEN substring(CAST(\(x) AS \(d.type(.string))), 1, 1) = '-' THEN '-' ELSE '' END",
                        "CASE WHEN \(x) = 0 THEN '0.0' ELSE \(magnitude("abs(\(x))")) END"]) + " END"
    }

    /// Wort's layout of the shortest digits `d` (no leading or trailing zeros) whose first
    /// digit has the decimal exponent `e`, for the magnitude `m`: plain for whole numbers
    /// below 2^53, for at most 15 fraction digits below 2^50, and between 1e-4 and 2^53;
    /// else with an exponent.
    private static func layout(d: String, e: String, m: String, _ sql: SQLDialect) -> String {
        let fraction = "(length(\(d)) - 1 - \(e))"
        let plainly = "(\(m) < \(two53) AND \(fraction) <= 0) OR (\(m) < \(two50) AND \(fraction) <= 15 AND \(sql.tryCast(d, .int64)) < \(two50))"
            + " OR (\(e) >= -4 AND \(m) <= \(two53))"
        let sci = sql.concat([
            "substring(\(d), 1, 1)",
            "CASE WHEN length(\(d)) > 1 THEN " + sql.concat(["'.'", "substring(\(d), 2)"]) + " ELSE '' END",
            "'e'", "CASE WHEN \(e) < 0 THEN '-' ELSE '+' END",
            "CASE WHEN abs(\(e)) < 10 THEN '0' ELSE '' END", "CAST(abs(\(e)) AS \(sql.type(.string)))",
        ])
        let plain = "CASE WHEN \(e) >= 0 THEN " + sql.concat([
            "rpad(substring(\(d), 1, \(e) + 1), CAST(\(e) + 1 AS INT), '0')", "'.'",
            "CASE WHEN length(\(d)) > \(e) + 1 THEN substring(\(d), \(e) + 2) ELSE '0' END",
        ]) + " ELSE " + sql.concat(["'0.'", "repeat('0', CAST(-\(e) - 1 AS INT))", d]) + " END"
        return "CASE WHEN \(plainly) THEN \(plain) ELSE \(sci) END"
    }

    /// The significant digits and the first digit's exponent of the engine's text `s` of a
    /// positive double (`0.30000000000000004`, `1.5e-07`, `1.0E16`, `9007199254740994.0`).
    private static func engineDigits(_ s: String, _ d: SQLDialect) -> (String, String) {
        let ip = "regexp_extract(\(s), '^([0-9]+)', 1)"
        let fp = "regexp_extract(\(s), " + d.string("^[0-9]+\\.([0-9]+)") + ", 1)"
        let ex = "coalesce(try_cast(regexp_extract(\(s), " + d.string("[eE]\\+?(-?[0-9]+)") + ", 1) AS INT), 0)"
        let all = d.concat([ip, fp])
        let noLead = "regexp_replace(\(all), '^0+', '')"
        return ("regexp_replace(\(noLead), '0+$', '')", "(length(\(ip)) + \(ex) - (length(\(all)) - length(\(noLead))) - 1)")
    }
}
