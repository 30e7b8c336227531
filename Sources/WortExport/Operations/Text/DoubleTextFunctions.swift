import WortCore

/// A DOUBLE as Wort writes it in text (WortCore's DoubleFormatting), as SQL functions:
/// - NaN, inf, -inf;
/// - whole numbers below 2^53: the integer and `.0` (`3.0`, `-0.0`);
/// - below 2^50 with at most 15 fraction digits: the fewest digits that read back
///   (`0.1`, `0.00001`), found by trying 1...15 digits as Wort does;
/// - anything else: Swift's `description`, the shortest digits that read back, written
///   plainly between 1e-4 and 2^53 and otherwise as `1.5e-07`, `1e+16`.
/// The engines' own casts differ (Spark `1.0E-5`, DuckDB `1e-05`; Spark on Java 17 also
/// prints more digits than needed for some values, like `8.409999999999999E21` for
/// 8.41e21), so only their digits are used for the last case: DuckDB's are already the
/// shortest; Spark's are cut to the shortest prefix, rounded half up, that reads back.
/// Spark evaluates subexpressions shared by a CASE's branches for every row, so every
/// cast here is a try_cast.
enum DoubleTextFunctions {
    static let name = "wort_double_text"

    /// DuckDB: the macros, in order (later ones call earlier ones).
    static func definitions() -> [String] {
        let d = SQLDialect.duckdb
        let two50 = "1125899906842624", two53 = "9007199254740992"
        var out: [String] = []
        out.append(d.function("wort_double_layout", [("d", .string), ("e", .int64), ("m", .double)], returns: .string,
                              layout(d: "d", e: "e", m: "m", d)))
        let (digits, exponent) = engineDigits("s", d)
        out.append(d.function("wort_double_engine", [("s", .string), ("m", .double)], returns: .string,
                              "wort_double_layout(\(digits), \(exponent), m)"))
        out.append(d.function("wort_double_fixed", [("n", .double), ("k", .int64)], returns: .string, fixed(n: "n", k: "k", d)))
        var branches = ["WHEN m < \(two53) AND round(m) = m THEN " + d.concat(["CAST(\(d.tryCast("m", .int64)) AS VARCHAR)", "'.0'"])]
        var power = 1.0
        for k in 1...15 {
            power *= 10
            let scaled = "round(m * \(d.double(power)))"
            branches.append("WHEN m < \(two50) AND \(scaled) < \(two50) AND \(scaled) / \(d.double(power)) = m THEN wort_double_fixed(\(scaled), \(k))")
        }
        out.append(d.function("wort_double_magnitude", [("m", .double)], returns: .string,
                              "CASE " + branches.joined(separator: "\n  ") + "\n  ELSE wort_double_engine(CAST(m AS VARCHAR), m) END"))
        out.append(d.function(name, [("x", .double)], returns: .string, top("x", magnitude: "wort_double_magnitude(abs(x))", d)))
        return out
    }

    /// Spark: one expression. Spark allows no lambda in or around a SQL function, and
    /// inlines a function's body at every use, so values are bound once each with
    /// `transform(array(value), name -> body)[0]` instead.
    static func sparkExpression(_ x: String) -> String {
        let d = SQLDialect.spark
        func bind(_ value: String, _ name: String, _ body: String) -> String {
            "transform(array(\(value)), \(name) -> \(body))[0]"
        }
        let two50 = "1125899906842624", two53 = "9007199254740992"
        // The engine's digits, cut to the shortest prefix (rounded half up on the next
        // digit) that reads back as m: Java 17 may print more digits than needed.
        let (digits, exponent) = engineDigits("wort_s", d)
        func candidate(_ p: String) -> String {
            "CAST(try_cast(substring(wort_d0, 1, \(p)) AS DECIMAL(38,0)) + CASE WHEN substring(wort_d0, \(p) + 1, 1) >= '5' THEN 1 ELSE 0 END AS STRING)"
        }
        let fits = "try_cast(concat(\(candidate("wort_q")), 'e', CAST(wort_e0 - wort_q + 1 AS STRING)) AS DOUBLE) = wort_m"
        let shortest = bind("coalesce(try_element_at(filter(sequence(1, length(wort_d0)), wort_q -> \(fits)), 1), length(wort_d0))", "wort_p",
                            bind(candidate("wort_p"), "wort_c",
                                 bind("regexp_replace(wort_c, '0+$', '')", "wort_d",
                                      bind("wort_e0 - wort_p + length(wort_c)", "wort_e",
                                           layout(d: "wort_d", e: "wort_e", m: "wort_m", d)))))
        // Java prints whole numbers below 2^63 with more digits than it has exactly (1.29299772068562125E18
        // for 1292997720685621248), which rounding again would take the wrong way; their
        // exact digits come from BIGINT.
        let text = "CASE WHEN wort_m < 9223372036854775807 AND round(wort_m) = wort_m THEN CAST(\(d.tryCast("wort_m", .int64)) AS STRING) ELSE CAST(wort_m AS STRING) END"
        let engine = bind(text, "wort_s",
                          bind(digits, "wort_d0", bind(exponent, "wort_e0", shortest)))
        let scaled = "round(wort_m * pow(10, wort_q))"
        let k = "try_element_at(filter(sequence(1, 15), wort_q -> wort_m < \(two50) AND \(scaled) < \(two50) AND \(scaled) / pow(10, wort_q) = wort_m), 1)"
        let fraction = bind(k, "wort_k", "CASE WHEN wort_k IS NOT NULL THEN "
                            + bind("round(wort_m * pow(10, wort_k))", "wort_n", fixed(n: "wort_n", k: "wort_k", d))
                            + " ELSE \(engine) END")
        let magnitude = "CASE WHEN wort_m < \(two53) AND round(wort_m) = wort_m THEN "
            + d.concat(["CAST(\(d.tryCast("wort_m", .int64)) AS STRING)", "'.0'"]) + " ELSE \(fraction) END"
        return bind(x, "wort_x", top("wort_x", magnitude: bind("abs(wort_x)", "wort_m", magnitude), d))
    }

    /// NaN, infinities, else the sign and `magnitude`.
    private static func top(_ x: String, magnitude: String, _ d: SQLDialect) -> String {
        "CASE WHEN isnan(\(x)) THEN 'NaN' WHEN \(x) = \(d.double(.infinity)) THEN 'inf' WHEN \(x) = \(d.double(-.infinity)) THEN '-inf' ELSE "
            + d.concat(["CASE WHEN substring(CAST(\(x) AS \(d.type(.string))), 1, 1) = '-' THEN '-' ELSE '' END", magnitude]) + " END"
    }

    /// Swift's layout of shortest digits `d` (no leading or trailing zeros) whose first
    /// digit has the decimal exponent `e`, for the magnitude `m`.
    private static func layout(d: String, e: String, m: String, _ sql: SQLDialect) -> String {
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
        return "CASE WHEN \(e) >= -4 AND \(m) <= 9007199254740992 THEN \(plain) ELSE \(sci) END"
    }

    /// The significant digits and the first digit's exponent of the engine's text `s`
    /// of a positive double (`0.30000000000000004`, `1.5e-07`, `1.0E16`, `9007199254740994.0`).
    private static func engineDigits(_ s: String, _ d: SQLDialect) -> (String, String) {
        let ip = "regexp_extract(\(s), '^([0-9]+)', 1)"
        let fp = "regexp_extract(\(s), " + d.string("^[0-9]+\\.([0-9]+)") + ", 1)"
        let ex = "coalesce(try_cast(regexp_extract(\(s), " + d.string("[eE]\\+?(-?[0-9]+)") + ", 1) AS INT), 0)"
        let all = d.concat([ip, fp])
        let noLead = "regexp_replace(\(all), '^0+', '')"
        return ("regexp_replace(\(noLead), '0+$', '')", "length(\(ip)) + \(ex) - (length(\(all)) - length(\(noLead))) - 1")
    }

    /// The whole number `n` (below 2^50) written with `k` fraction digits (lpad would cut
    /// a longer text, so only short ones are padded).
    private static func fixed(n: String, k: String, _ d: SQLDialect) -> String {
        let whole = "CAST(\(d.tryCast(n, .int64)) AS \(d.type(.string)))"
        let padded = "CASE WHEN length(\(whole)) > \(k) THEN \(whole) ELSE lpad(\(whole), CAST(\(k) + 1 AS INT), '0') END"
        return d.concat(["substring(\(padded), 1, length(\(padded)) - \(k))", "'.'", "substring(\(padded), length(\(padded)) - \(k) + 1)"])
    }
}
