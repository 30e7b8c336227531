import WortCore

/// Date-times as Wort reads and writes them.
enum DateTimeFunctions {
    static let readName = "wort_read_timestamp"

    /// A timestamp as Wort writes it: `YYYY-MM-DD HH:MM:SS`, plus `.ffffff` (always six
    /// digits) when there are microseconds (WortCore's ValueFormatter; both engines' own
    /// casts drop the fraction's trailing zeros). Inline, so that it may sit in a lambda.
    static func text(_ t: String, _ d: SQLDialect) -> String {
        switch d {
        case .duckdb:
            "CASE WHEN microsecond(\(t)) % 1000000 = 0 THEN strftime(\(t), '%Y-%m-%d %H:%M:%S') ELSE strftime(\(t), '%Y-%m-%d %H:%M:%S.%f') END"
        case .spark:
            "CASE WHEN date_format(\(t), 'SSSSSS') = '000000' THEN date_format(\(t), 'yyyy-MM-dd HH:mm:ss') ELSE date_format(\(t), 'yyyy-MM-dd HH:mm:ss.SSSSSS') END"
        }
    }

    /// The shape of a date-time Wort reads from text (WortCore's DateText and TimeText):
    /// `YYYY-M-D` or `YYYY/M/D`, `M/D/YYYY` (month first, as the date steps read it) or
    /// `D.M.YYYY`, then optionally `[ T]H:MM[:SS[.fraction]]`, `[ ]AM/PM`, `[ ]Z|±HH[[:]MM]`.
    /// The separators must repeat (`2024-01/05` is no date), which is checked apart.
    static let shape = "^(?:[0-9]{4}[-/][0-9]{1,2}[-/][0-9]{1,2}|[0-9]{1,2}[/.][0-9]{1,2}[/.][0-9]{4})"
        + "(?:[ T][0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,9})?)?(?: ?[aApP][mM])?"
        + "(?: ?(?:Z|[+-][0-9]{2}(?::?[0-9]{2})?))?)?\\z"
    /// The date's parts (DuckDB extracts groups 1 to 9 only): 1 first number, 2 separator,
    /// 3 second number, 4 separator, 5 third number.
    static let dateParts = "^([0-9]+)([-/.])([0-9]+)([-/.])([0-9]+)"
    /// The time's parts: 1 hour, 2 minute, 3 second, 4 fraction, 5 a/p, 6 zone, 7 zone
    /// sign, 8 zone hours, 9 zone minutes.
    static let timeParts = "^[^ T]*[ T]([0-9]{1,2}):([0-9]{2})(?::([0-9]{2})(?:\\.([0-9]{1,9}))?)?(?: ?([aApP])[mM])?"
        + "(?: ?(Z|([+-])([0-9]{2})(?::?([0-9]{2}))?))?\\z"

    /// DuckDB: `wort_read_timestamp(s)`, a macro over `read`.
    static func readDefinition() -> String {
        SQLDialect.duckdb.function(readName, [("s", .string)], returns: .timestamp, read("s", .duckdb))
    }

    /// The text `s` as a timestamp (UTC when it names a zone), NULL when Wort would not
    /// read it as a date-time; spaces and tabs around it are ignored, as in Wort. In
    /// Spark the parts are bound once each (`transform(array(struct), p -> ...)[0]`):
    /// spelt out, the expression is too big for Spark to compile, and Spark allows no
    /// lambda in a SQL function. Spark also evaluates CASE branches early, so every cast
    /// is a try_cast and the timestamp is made with try_make_timestamp_ntz.
    static func read(_ s: String, _ d: SQLDialect) -> String {
        let v = d.trimSpacesAndTabs(s)
        func bind(_ fields: [(String, String)], _ name: String, _ body: (( String) -> String) -> String) -> String {
            switch d {
            case .duckdb:
                let values = Dictionary(uniqueKeysWithValues: fields)
                return body { values[$0]! }
            case .spark:
                let record = "named_struct(" + fields.map { "'\($0.0)', \($0.1)" }.joined(separator: ", ") + ")"
                return "transform(array(\(record)), \(name) -> \(body { "\(name).\($0)" }))[0]"
            }
        }
        var raw: [(String, String)] = [("ok", d.matches(v, d.string(shape)))]
        for k in 1...5 { raw.append(("d\(k)", "regexp_extract(\(v), \(d.string(dateParts)), \(k))")) }
        for k in 1...9 { raw.append(("t\(k)", "regexp_extract(\(v), \(d.string(timeParts)), \(k))")) }
        return bind(raw, "wort_r") { r in
            // try_cast: Spark in ANSI mode raises on CAST('' AS INT).
            func int(_ e: String) -> String { "try_cast(\(e) AS INT)" }
            func intOrZero(_ e: String) -> String { "coalesce(try_cast(\(e) AS INT), 0)" }
            let yearFirst = "length(\(r("d1"))) = 4"
            let ampm = "lower(\(r("t5")))"
            let hour = intOrZero(r("t1"))
            let parts: [(String, String)] = [
                ("ok", "\(r("ok")) AND \(r("d2")) = \(r("d4"))"),
                ("y", int("CASE WHEN \(yearFirst) THEN \(r("d1")) ELSE \(r("d5")) END")),
                ("mo", int("CASE WHEN \(yearFirst) THEN \(r("d3")) WHEN \(r("d2")) = '/' THEN \(r("d1")) ELSE \(r("d3")) END")),
                ("d", int("CASE WHEN \(yearFirst) THEN \(r("d5")) WHEN \(r("d2")) = '/' THEN \(r("d3")) ELSE \(r("d1")) END")),
                ("h", hour), ("ap", ampm),
                ("h24", "CASE WHEN \(ampm) = '' THEN \(hour) WHEN \(ampm) = 'a' THEN \(hour) % 12 ELSE \(hour) % 12 + 12 END"),
                ("mi", intOrZero(r("t2"))), ("s", intOrZero(r("t3"))),
                ("us", "rpad(substring(\(r("t4")), 1, 6), 6, '0')"),
                ("zh", intOrZero(r("t8"))), ("zm", intOrZero(r("t9"))), ("zs", r("t7")),
            ]
            return bind(parts, "wort_t") { t in
                let leap = "(\(t("y")) % 4 = 0 AND (\(t("y")) % 100 <> 0 OR \(t("y")) % 400 = 0))"
                let monthDays = "CASE \(t("mo")) WHEN 2 THEN CASE WHEN \(leap) THEN 29 ELSE 28 END WHEN 4 THEN 30 WHEN 6 THEN 30 WHEN 9 THEN 30 WHEN 11 THEN 30 ELSE 31 END"
                let zoneMinutes = "(\(t("zh")) * 60 + \(t("zm")))"
                let offset = "CASE WHEN \(t("zs")) = '-' THEN -\(zoneMinutes) ELSE \(zoneMinutes) END"
                let valid = [
                    t("ok"), "\(t("y")) BETWEEN 1 AND 9999", "\(t("mo")) BETWEEN 1 AND 12", "\(t("d")) BETWEEN 1 AND \(monthDays)",
                    "CASE WHEN \(t("ap")) = '' THEN \(t("h")) <= 23 ELSE \(t("h")) BETWEEN 1 AND 12 END",
                    "\(t("mi")) <= 59", "\(t("s")) <= 59", "\(t("zh")) <= 23", "\(t("zm")) <= 59",
                ].joined(separator: " AND ")
                let local = switch d {
                case .duckdb:
                    "make_timestamp(\(t("y")), \(t("mo")), \(t("d")), \(t("h24")), \(t("mi")), \(t("s"))) + to_microseconds(CAST(\(t("us")) AS BIGINT)) - to_minutes(\(offset))"
                case .spark:
                    "try_make_timestamp_ntz(\(t("y")), \(t("mo")), \(t("d")), \(t("h24")), \(t("mi")), "
                        + "try_cast(concat(CAST(\(t("s")) AS STRING), '.', \(t("us"))) AS DECIMAL(16,6))) - make_dt_interval(0, 0, \(offset), 0)"
                }
                return "CASE WHEN \(valid) THEN \(local) END"
            }
        }
    }

    /// `t` (a timestamp) as text in a DataBrew date pattern: DuckDB `strftime` codes,
    /// Spark (Java) pattern letters with the literal text quoted.
    static func format(_ t: String, _ tokens: [DatePatternToken], _ d: SQLDialect) -> String {
        var pattern = ""
        for token in tokens {
            switch d {
            case .duckdb:
                switch token {
                case .literal(let s): pattern += s.replacingOccurrences(of: "%", with: "%%")
                case .field(let duckdb, _): pattern += duckdb
                }
            case .spark:
                switch token {
                case .literal(let s): pattern += "'" + s.replacingOccurrences(of: "'", with: "''") + "'"
                case .field(_, let java): pattern += java
                }
            }
        }
        switch d {
        case .duckdb: return "strftime(\(t), \(d.string(pattern)))"
        case .spark: return "date_format(\(t), \(d.string(pattern)))"
        }
    }
}

/// One piece of a DataBrew date pattern, as both engines spell it.
enum DatePatternToken: Equatable {
    case literal(String)
    /// DuckDB strftime code, Java pattern letters.
    case field(String, String)
}
