import WortCore
import WortRecipe

/// Work columns under one step's query: layers of `SELECT *, expr AS wort_wN, ... FROM
/// (layer below)`, so that a value used several times is computed once per row and
/// written once. Both engines keep such a layer apart when merging it up would repeat a
/// costly expression (Spark's CollapseProject), which SQL functions do not give.
final class WorkColumns {
    let dialect: SQLDialect
    private var layers: [[String]] = []
    private var count = 0

    init(_ dialect: SQLDialect) { self.dialect = dialect }

    /// A new layer holding `exprs` (which may use earlier layers' columns); their names.
    @discardableResult
    func layer(_ exprs: [String]) -> [String] {
        var items: [String] = [], names: [String] = []
        for e in exprs {
            let name = "wort_w\(count)"
            count += 1
            items.append("\(e) AS \(name)")
            names.append(name)
        }
        layers.append(items)
        return names
    }

    func one(_ expr: String) -> String { layer([expr])[0] }

    /// `expr` as a column: itself when it is one already.
    func column(_ expr: String) -> String {
        let quote = dialect == .duckdb ? "\"" : "`"
        if expr.hasPrefix(quote), expr.hasSuffix(quote), expr.dropFirst().dropLast().firstIndex(of: Character(quote)) == nil { return expr }
        if expr.hasPrefix("wort_w"), expr.dropFirst(6).allSatisfy(\.isNumber) { return expr }
        return one(expr)
    }

    /// The step's source with the work columns (nil when there are none).
    func source(over from: String) -> String? {
        guard !layers.isEmpty else { return nil }
        var s = from
        for (k, items) in layers.enumerated() {
            s = "(SELECT *, " + items.joined(separator: ", ") + " FROM \(s)) AS wort_layer\(k)"
        }
        return s
    }
}

/// Helpers of the function steps: their input (`sourceColumn` or the constant `value`),
/// values as Wort writes them as text, and text read as Wort reads each type.
extension Lowering {
    /// What a function step reads (WortRecipe's FunctionInput): a column, or the same
    /// constant text on every row.
    enum FunctionSource {
        case column(String, DataType)
        case constant(String)
    }

    /// `sourceColumn` or `value`, as pre-flight resolved them.
    mutating func functionSource() -> FunctionSource {
        params.ignore("functionStepType")
        if params.parameters["value"] != nil, let v = params.raw("value") {
            params.ignore("sourceColumn")
            return .constant(v)
        }
        params.ignore("value")
        let name = params.string("sourceColumn") ?? ""
        return .column(name, type(of: name) ?? .string)
    }

    /// The function step's input as text (Wort's text of a typed value).
    mutating func functionInputText(_ w: WorkColumns) -> String {
        switch functionSource() {
        case .column(let name, let t): valueText(col(name), from: t, w)
        case .constant(let v): lit(v)
        }
    }

    /// The step's query: `exprs` over the previous step plus the work columns.
    func project(_ exprs: [String: String], _ w: WorkColumns) -> String {
        project(exprs, from: w.source(over: from))
    }

    /// A column's text, as Wort's text steps see it.
    func columnText(_ name: String, _ w: WorkColumns) -> String {
        valueText(col(name), from: type(of: name) ?? .string, w)
    }

    /// A value of type `t` as Wort writes it as text (WortCore's ValueFormatter): digits
    /// for integers, `true`/`false`, ISO dates, timestamps with six fraction digits when
    /// there are any, and doubles in Wort's own notation (`3.0`, `0.00001`, `1e+16`), which
    /// neither engine's cast gives (Spark writes `1.0E7`, DuckDB `1e-05`).
    func valueText(_ e: String, from t: DataType, _ w: WorkColumns) -> String {
        let d = dialect
        switch t {
        case .string: return e
        case .int64, .decimal, .date: return "CAST(\(e) AS \(d.type(.string)))"
        case .bool: return d.text(e, from: .bool)
        case .timestamp: return DateTimeFunctions.text(w.column(e), d)
        case .double: return doubleText(w.column(e), w)
        }
    }

    /// Text read as Wort reads a value of type `t` (WortCore's ValueParser: spaces and
    /// tabs trimmed; integers without leading zeros, within 64 bits; decimal notation for
    /// doubles, finite only; true/false/yes/no; month-first dates); NULL when it does not
    /// read. Both engines' casts accept more (`'3.7'` → 4 and `'1e3'` → 1000 as DuckDB
    /// integers, `'Infinity'`, `' 1d'`, ISO timestamps with fewer digits, ...).
    func parsed(_ text: String, as t: DataType, parameter: String, _ w: WorkColumns) throws -> String {
        let d = dialect
        switch t {
        case .string:
            return text
        case .int64:
            let v = w.one(d.trimSpacesAndTabs(text))
            return "CASE WHEN \(d.matches(v, d.string("^[+-]?(0|[1-9][0-9]{0,18})\\z"))) THEN \(d.tryCast(v, .int64)) END"
        case .double:
            let v = w.one(d.trimSpacesAndTabs(text))
            let number = w.one(d.tryCast(v, .double))
            let syntax = "^[+-]?(?:(?:0|[1-9][0-9]*)(?:[.][0-9]*)?|[.][0-9]+)(?:[eE][+-]?[0-9]+)?\\z"
            return "CASE WHEN \(d.matches(v, d.string(syntax))) AND abs(\(number)) < \(d.double(.infinity)) THEN \(number) END"
        case .bool:
            return "CASE lower(\(d.trimSpacesAndTabs(text))) WHEN 'true' THEN TRUE WHEN 'yes' THEN TRUE WHEN 'false' THEN FALSE WHEN 'no' THEN FALSE END"
        case .date:
            return parseDate(text, withTime: false, w)
        case .timestamp:
            return parseDate(text, withTime: true, w)
        case .decimal:
            throw refuse("Wort's decimal(p,s) keeps values of more than p digits, which an engine's DECIMAL(p,s) cannot hold; cast to double in the recipe", parameter: parameter)
        }
    }

    /// A value of type `t` as a zone-less timestamp, the way Wort's date-part functions
    /// read it (WortRecipe's DateValues): dates at midnight, text as a month-first date
    /// with an optional time, any other type NULL.
    func dateTime(_ e: String, from t: DataType, _ w: WorkColumns) -> String {
        switch t {
        case .timestamp: return e
        case .date: return "CAST(\(e) AS \(dialect.type(.timestamp)))"
        case .string: return parseDate(e, withTime: true, w)
        default: return dialect.null(.timestamp)
        }
    }
}

// MARK: Wort's date and timestamp texts

extension Lowering {
    /// A text read as Wort reads a date (`withTime` false) or a timestamp: spaces and
    /// tabs trimmed; `YYYY-M-D`, `YYYY/M/D`, `M/D/YYYY`, `D.M.YYYY` with years 1-9999 and
    /// real days only; for a timestamp optionally ` ` or `T` and `H:MM[:SS[.fraction]]`
    /// (microseconds kept, further digits dropped), AM/PM, a zone converted to UTC. NULL
    /// when it is none of these. DuckDB numbers at most 9 groups in `regexp_extract`, so
    /// it takes them all at once as a struct.
    func parseDate(_ text: String, withTime: Bool, _ w: WorkColumns) -> String {
        let d = dialect
        let regex = d.string("^(?:" + FunctionDefinitions.datePattern + ")" + (withTime ? FunctionDefinitions.timePattern : "") + "\\z")
        let groups = withTime ? 14 : 8
        let v = w.one(d.trimSpacesAndTabs(text))
        let g: [String]
        switch d {
        case .duckdb:
            let m = w.one("regexp_extract(\(v), \(regex), [" + (1...groups).map { "'g\($0)'" }.joined(separator: ", ") + "])")
            g = w.layer((1...groups).map { "\(m).g\($0)" })
        case .spark:
            g = w.layer((1...groups).map { d.extract(v, regex, $0) })
        }
        func G(_ i: Int) -> String { g[i - 1] }
        // Month first for `/`, day first for `.`.
        let fields = w.layer([
            d.concat([G(1), G(8)]),
            d.concat([G(2), G(3), "CASE WHEN \(G(6)) <> '' THEN \(G(5)) ELSE '' END", G(7)]),
            d.concat([G(4), G(6), "CASE WHEN \(G(7)) <> '' THEN \(G(5)) ELSE '' END"]),
        ])
        let (year, month, day) = (fields[0], fields[1], fields[2])
        let iso = d.concat([year, "'-'", "lpad(\(month), 2, '0')", "'-'", "lpad(\(day), 2, '0')"])
        let date = w.one("CASE WHEN \(year) NOT IN ('', '0000') THEN \(d.tryCast(iso, .date)) END")
        guard withTime else { return date }

        let t = w.layer([d.groupInt(G(9)), d.groupInt(G(10)), "coalesce(\(d.groupInt(G(11))), 0)", "lower(\(G(13)))",
                         "CASE WHEN \(G(12)) = '' THEN 0 ELSE \(d.tryCast("rpad(\(d.substring(G(12), from: "1", count: "6")), 6, '0')", .int64)) END",
                         d.groupInt(d.substring(G(14), from: "2", count: "2")),
                         "CASE WHEN length(\(G(14))) > 3 THEN \(d.groupInt(d.substring(G(14), from: "length(\(G(14))) - 1", count: "2"))) ELSE 0 END"])
        let (hour, minute, second, ampm, fraction, zoneHour, zoneMinute) = (t[0], t[1], t[2], t[3], t[4], t[5], t[6])
        let zone = G(14)
        let valid = """
            (\(G(9)) = '' OR (\(minute) <= 59 AND \(second) <= 59 \
            AND CASE WHEN \(ampm) = '' THEN \(hour) <= 23 ELSE \(hour) BETWEEN 1 AND 12 END \
            AND (\(zone) IN ('', 'Z') OR (\(zoneHour) <= 23 AND \(zoneMinute) <= 59))))
            """
        let hour24 = "CASE WHEN \(ampm) = '' THEN \(hour) ELSE \(hour) % 12 + CASE WHEN \(ampm) = 'pm' THEN 12 ELSE 0 END END"
        let offset = "CASE WHEN \(zone) IN ('', 'Z') THEN 0 WHEN \(d.substring(zone, from: "1", count: "1")) = '+' THEN \(zoneHour) * 3600 + \(zoneMinute) * 60 ELSE -(\(zoneHour) * 3600 + \(zoneMinute) * 60) END"
        let micros = "CASE WHEN \(G(9)) = '' THEN CAST(0 AS BIGINT) ELSE CAST(\(hour24) * 3600 + \(minute) * 60 + \(second) - (\(offset)) AS BIGINT) * 1000000 + \(fraction) END"
        return w.one("CASE WHEN \(valid) THEN \(d.timestamp(date, plusMicros: micros)) END")
    }
}

// MARK: Wort's text of a DOUBLE (WortCore's DoubleFormatting)

extension Lowering {
    /// NaN, inf, -inf; integral values below 2^53 as `N.0`; below 2^50 the fewest
    /// fraction digits (at most 15) that read back exactly, found as Wort finds them
    /// (round half away from zero, exact division); else Swift's `description`: the
    /// shortest digits, in exponent form below 1e-4 or above 2^53. Nothing here may fail
    /// on any value, because Spark may evaluate an expression before the CASE that guards
    /// it: `floor` is clamped below BIGINT's limit.
    func doubleText(_ x: String, _ w: WorkColumns) -> String {
        let d = dialect
        let two50 = "CAST(1125899906842624 AS DOUBLE)", two53 = "CAST(9007199254740992 AS DOUBLE)"
        let a = w.one("abs(\(x))")
        // r_k = round(a * 10^k), half away from zero.
        let r = w.layer((1...15).map { k in
            let m = "(\(a) * 1e\(k))"
            return "CAST(floor(least(\(m), 1e18)) AS BIGINT) + CASE WHEN \(m) - floor(least(\(m), 1e18)) >= 0.5 THEN 1 ELSE 0 END"
        })
        var choice = "CASE WHEN \(a) < \(two53) AND \(a) = floor(least(\(a), \(two53))) THEN 0 WHEN \(a) >= \(two50) THEN -1"
        for k in 1...15 { choice += " WHEN \(r[k - 1]) < 1125899906842624 AND \(r[k - 1]) / 1e\(k) = \(a) THEN \(k)" }
        let fractionDigits = w.one(choice + " ELSE -1 END")
        let scaled = w.one("CASE \(fractionDigits) WHEN 0 THEN CAST(least(\(a), \(two53)) AS BIGINT) "
            + (1...15).map { "WHEN \($0) THEN \(r[$0 - 1])" }.joined(separator: " ") + " END")
        let digits = w.one("CAST(\(scaled) AS \(d.type(.string)))")
        let padded = w.one(d.concat(["repeat('0', CAST(greatest(\(fractionDigits) + 1 - length(\(digits)), 0) AS INT))", digits]))
        let fixed = d.concat([d.substring(padded, from: "1", count: "CAST(length(\(padded)) - \(fractionDigits) AS INT)"), "'.'",
                              d.substring(padded, from: "CAST(length(\(padded)) - \(fractionDigits) + 1 AS INT)")])
        let shortest = shortestText(a, needed: "\(fractionDigits) < 0", w)
        let body = "CASE WHEN \(fractionDigits) = 0 THEN " + d.concat([digits, "'.0'"]) + " WHEN \(fractionDigits) > 0 THEN \(fixed) ELSE \(shortest) END"
        return w.one("CASE WHEN \(x) IS NULL THEN NULL WHEN \(d.isNaN(x)) THEN 'NaN' WHEN \(x) = \(d.double(.infinity)) THEN 'inf' "
            + "WHEN \(x) = \(d.double(-.infinity)) THEN '-inf' ELSE " + d.concat(["CASE WHEN \(d.signBit(x)) THEN '-' ELSE '' END", body]) + " END")
    }

    /// Swift's `description` of `a` (> 0, finite), computed where `needed`: the shortest
    /// digits that read back as `a`, laid out as Swift does. DuckDB's cast gives those
    /// digits. Java's `Double.toString` (Spark's cast) is not always shortest on Java 17
    /// (2e23 gives 1.9999999999999998E23, 1e23 gives 9.999999999999999E22): rounded to
    /// one or two digits fewer, it is kept when that reads back; whole numbers from 2^53
    /// to 9e18 are rounded exactly, as BIGINTs, to 15, 16 and 17 digits (one of them is
    /// the shortest, padded with zeros). Known limit: beyond 9e18 and below 2^53, where a
    /// double needs all 17 digits, Java 17's rounding of its own 18 digits can make the
    /// last one differ from Swift's (about 1 in 20,000 doubles of random bits, none of
    /// the short decimals data usually holds; Java 19 and later are exact).
    func shortestText(_ a: String, needed: String, _ w: WorkColumns) -> String {
        let d = dialect
        let text: String
        switch d {
        case .duckdb:
            text = w.one("CASE WHEN \(needed) THEN CAST(\(a) AS VARCHAR) END")
        case .spark:
            let whole = "\(a) >= CAST(9007199254740992 AS DOUBLE) AND \(a) < 9e18"
            let java = w.layer(["CASE WHEN \(needed) THEN CAST(\(a) AS STRING) END", "CAST(least(\(a), 9e18) AS BIGINT)"])
            let (j, n) = (java[0], java[1])
            let jDigits = "length(regexp_replace(regexp_replace(regexp_replace(\(j), '[eE].*$', ''), '[^0-9]', ''), '^0+', ''))"
            let q = w.layer([jDigits] + (15...17).map { "CAST(power(10, greatest(length(CAST(\(n) AS STRING)) - \($0), 0)) AS BIGINT)" })
            func fewer(_ k: Int) -> String {
                "CASE WHEN \(needed) AND \(q[0]) > \(k) THEN format_string(concat('%.', greatest(coalesce(\(q[0]), 1) - \(k + 1), 0), 'e'), \(a)) END"
            }
            // n rounded half to even to 15, 16, 17 significant digits.
            let rounded = w.layer([fewer(2), fewer(1)] + (1...3).map { i in
                let qq = q[i]
                return "\(n) - \(n) % \(qq) + CASE WHEN 2 * (\(n) % \(qq)) > \(qq) OR (2 * (\(n) % \(qq)) = \(qq) AND (\(n) div \(qq)) % 2 = 1) THEN \(qq) ELSE 0 END"
            })
            let wholeText = "CASE WHEN CAST(\(rounded[2]) AS DOUBLE) = \(a) THEN CAST(\(rounded[2]) AS STRING) WHEN CAST(\(rounded[3]) AS DOUBLE) = \(a) THEN CAST(\(rounded[3]) AS STRING) ELSE CAST(\(rounded[4]) AS STRING) END"
            let javaText = "CASE WHEN try_cast(\(rounded[0]) AS DOUBLE) = \(a) THEN \(rounded[0]) WHEN try_cast(\(rounded[1]) AS DOUBLE) = \(a) THEN \(rounded[1]) ELSE \(j) END"
            text = w.one("CASE WHEN NOT (\(needed)) THEN NULL WHEN \(whole) THEN \(wholeText) ELSE \(javaText) END")
        }
        // `123.45`, `1.2345e+17`, `1e-05`, ... → significant digits and decimal exponent.
        let parts = w.layer([d.extract(text, "'^([0-9]*)'", 1), d.extract(text, "'^[0-9]*[.]([0-9]*)'", 1),
                             "coalesce(\(d.groupInt(d.extract(text, "'[eE]([-+]?[0-9]+)$'", 1))), 0)"])
        let (whole, fraction, exponent) = (parts[0], parts[1], parts[2])
        let all = w.one(d.concat([whole, fraction]))
        let noLeading = w.one("regexp_replace(\(all), '^0+', '')")
        let sig = w.layer(["regexp_replace(\(noLeading), '0+$', '')",
                           "length(\(whole)) - 1 - (length(\(all)) - length(\(noLeading))) + \(exponent)"])
        let (ds, e) = (sig[0], sig[1])
        return """
            CASE WHEN \(a) > CAST(9007199254740992 AS DOUBLE) OR \(e) < -4 THEN \(d.concat([d.substring(ds, from: "1", count: "1"), "CASE WHEN length(\(ds)) > 1 THEN " + d.concat(["'.'", d.substring(ds, from: "2")]) + " ELSE '' END", "'e'", "CASE WHEN \(e) < 0 THEN '-' ELSE '+' END", "CASE WHEN abs(\(e)) < 10 THEN '0' ELSE '' END", "CAST(abs(\(e)) AS \(d.type(.string)))"]))
            WHEN \(e) < 0 THEN \(d.concat(["'0.'", "repeat('0', CAST(-\(e) - 1 AS INT))", ds]))
            WHEN length(\(ds)) <= \(e) + 1 THEN \(d.concat([ds, "repeat('0', CAST(\(e) + 1 - length(\(ds)) AS INT))", "'.0'"]))
            ELSE \(d.concat([d.substring(ds, from: "1", count: "CAST(\(e) + 1 AS INT)"), "'.'", d.substring(ds, from: "CAST(\(e) + 2 AS INT)")])) END
            """
    }
}
