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
enum DoubleTextFunctions {
    static let name = "wort_double_text"

    /// The definitions, in order (later ones call earlier ones).
    static func definitions(_ d: SQLDialect) -> [String] {
        let two50 = "1125899906842624", two53 = "9007199254740992"
        var out: [String] = []
        // d: significant digits (no leading or trailing zeros), e: decimal exponent of
        // the first digit, m: the magnitude. Swift's layout of shortest digits.
        let sci = d.concat([
            "substring(d, 1, 1)",
            "CASE WHEN length(d) > 1 THEN " + d.concat(["'.'", "substring(d, 2)"]) + " ELSE '' END",
            "'e'", "CASE WHEN e < 0 THEN '-' ELSE '+' END",
            "lpad(CAST(abs(e) AS \(d.type(.string))), 2, '0')",
        ])
        let plain = "CASE WHEN e >= 0 THEN " + d.concat([
            "rpad(substring(d, 1, e + 1), e + 1, '0')", "'.'",
            "CASE WHEN length(d) > e + 1 THEN substring(d, e + 2) ELSE '0' END",
        ]) + " ELSE " + d.concat(["'0.'", "repeat('0', -e - 1)", "d"]) + " END"
        out.append(d.function("wort_double_layout", [("d", .string), ("e", .int64), ("m", .double)], returns: .string,
                              "CASE WHEN e >= -4 AND m <= \(two53) THEN \(plain) ELSE \(sci) END"))

        // The digits and exponent of the engine's text `s` of a positive double
        // (`0.30000000000000004`, `1.5e-07`, `1.0E16`, `9007199254740994.0`).
        let ip = "regexp_extract(s, '^([0-9]+)', 1)"
        let fp = "regexp_extract(s, " + d.string("^[0-9]+\\.([0-9]+)") + ", 1)"
        let ex = "CAST(coalesce(nullif(regexp_extract(s, " + d.string("[eE]\\+?(-?[0-9]+)") + ", 1), ''), '0') AS INT)"
        let all = d.concat([ip, fp])
        let noLead = "regexp_replace(\(all), '^0+', '')"
        let digits = "regexp_replace(\(noLead), '0+$', '')"
        let exponent = "length(\(ip)) + \(ex) - (length(\(all)) - length(\(noLead))) - 1"
        switch d {
        case .duckdb:
            out.append(d.function("wort_double_engine", [("s", .string), ("m", .double)], returns: .string,
                                  "wort_double_layout(\(digits), \(exponent), m)"))
        case .spark:
            // Candidate p: the first p digits, rounded half up on the next one.
            let candidate = "CAST(CAST(substring(d0, 1, p) AS DECIMAL(38,0)) + CASE WHEN substring(d0, p + 1, 1) >= '5' THEN 1 ELSE 0 END AS STRING)"
            out.append(d.function("wort_double_cut", [("c", .string), ("p", .int64), ("e0", .int64), ("m", .double)], returns: .string,
                                  "wort_double_layout(regexp_replace(c, '0+$', ''), e0 - p + length(c), m)"))
            out.append(d.function("wort_double_shortest", [("d0", .string), ("e0", .int64), ("m", .double)], returns: .string,
                                  "try_element_at(filter(transform(sequence(1, length(d0)), p -> CASE WHEN "
                                  + "CAST(concat(\(candidate), 'e', CAST(e0 - p + 1 AS STRING)) AS DOUBLE) = m "
                                  + "THEN wort_double_cut(\(candidate), p, e0, m) END), t -> t IS NOT NULL), 1)"))
            out.append(d.function("wort_double_engine", [("s", .string), ("m", .double)], returns: .string,
                                  "wort_double_shortest(\(digits), \(exponent), m)"))
        }

        // n: a whole number below 2^50 written with k fraction digits.
        let padded = "lpad(CAST(CAST(n AS BIGINT) AS \(d.type(.string))), k + 1, '0')"
        out.append(d.function("wort_double_fixed", [("n", .double), ("k", .int64)], returns: .string,
                              d.concat(["substring(\(padded), 1, length(\(padded)) - k)", "'.'",
                                        "substring(\(padded), length(\(padded)) - k + 1)"])))

        var branches = ["WHEN m < \(two53) AND round(m) = m THEN " + d.concat(["CAST(CAST(m AS BIGINT) AS \(d.type(.string)))", "'.0'"])]
        var power = 1.0
        for k in 1...15 {
            power *= 10
            let scaled = "round(m * \(d.double(power)))"
            branches.append("WHEN m < \(two50) AND \(scaled) < \(two50) AND \(scaled) / \(d.double(power)) = m THEN wort_double_fixed(\(scaled), \(k))")
        }
        out.append(d.function("wort_double_magnitude", [("m", .double)], returns: .string,
                              "CASE " + branches.joined(separator: "\n  ") + "\n  ELSE wort_double_engine(CAST(m AS \(d.type(.string))), m) END"))

        out.append(d.function(name, [("x", .double)], returns: .string,
                              "CASE WHEN isnan(x) THEN 'NaN' WHEN x = \(d.double(.infinity)) THEN 'inf' WHEN x = \(d.double(-.infinity)) THEN '-inf' ELSE "
                              + d.concat(["CASE WHEN substring(CAST(x AS \(d.type(.string))), 1, 1) = '-' THEN '-' ELSE '' END",
                                          "wort_double_magnitude(abs(x))"]) + " END"))
        return out
    }
}
