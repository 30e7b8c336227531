import WortCore

/// Date-times as Wort reads and writes them, as SQL functions.
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

    /// `wort_read_timestamp(s)`: the text `s` as a timestamp (UTC when it names a zone),
    /// NULL when Wort would not read it as a date-time. Spaces and tabs around it are
    /// ignored, as in Wort.
    static func readDefinition(_ d: SQLDialect) -> String {
        let v = d.trimSpacesAndTabs("s")
        func date(_ k: Int) -> String { "regexp_extract(\(v), \(d.string(dateParts)), \(k))" }
        func time(_ k: Int) -> String { "regexp_extract(\(v), \(d.string(timeParts)), \(k))" }
        // try_cast: Spark in ANSI mode raises on CAST('' AS INT), even in a CASE branch
        // it may evaluate early.
        func int(_ e: String) -> String { "try_cast(\(e) AS INT)" }
        func intOrZero(_ e: String) -> String { "coalesce(try_cast(\(e) AS INT), 0)" }
        let yearFirst = "length(\(date(1))) = 4"
        let year = int("CASE WHEN \(yearFirst) THEN \(date(1)) ELSE \(date(5)) END")
        let month = int("CASE WHEN \(yearFirst) THEN \(date(3)) WHEN \(date(2)) = '/' THEN \(date(1)) ELSE \(date(3)) END")
        let day = int("CASE WHEN \(yearFirst) THEN \(date(5)) WHEN \(date(2)) = '/' THEN \(date(3)) ELSE \(date(1)) END")
        let leap = "(\(year) % 4 = 0 AND (\(year) % 100 <> 0 OR \(year) % 400 = 0))"
        let monthDays = "CASE \(month) WHEN 2 THEN CASE WHEN \(leap) THEN 29 ELSE 28 END WHEN 4 THEN 30 WHEN 6 THEN 30 WHEN 9 THEN 30 WHEN 11 THEN 30 ELSE 31 END"
        let hour = intOrZero(time(1)), minute = intOrZero(time(2)), second = intOrZero(time(3))
        let ampm = "lower(\(time(5)))"
        let hour24 = "CASE WHEN \(ampm) = '' THEN \(hour) WHEN \(ampm) = 'a' THEN \(hour) % 12 ELSE \(hour) % 12 + 12 END"
        let micros = "rpad(substring(\(time(4)), 1, 6), 6, '0')"
        let zoneMinutes = "(\(intOrZero(time(8))) * 60 + \(intOrZero(time(9))))"
        let offset = "CASE WHEN \(time(7)) = '-' THEN -\(zoneMinutes) ELSE \(zoneMinutes) END"
        let valid = [
            d.matches(v, d.string(shape)),
            "\(date(2)) = \(date(4))",
            "\(year) BETWEEN 1 AND 9999", "\(month) BETWEEN 1 AND 12", "\(day) BETWEEN 1 AND \(monthDays)",
            "CASE WHEN \(ampm) = '' THEN \(hour) <= 23 ELSE \(hour) BETWEEN 1 AND 12 END",
            "\(minute) <= 59", "\(second) <= 59", "\(intOrZero(time(8))) <= 23", "\(intOrZero(time(9))) <= 59",
        ].joined(separator: "\n  AND ")
        let local: String
        switch d {
        case .duckdb:
            local = "make_timestamp(\(year), \(month), \(day), \(hour24), \(minute), \(second)) + to_microseconds(CAST(\(micros) AS BIGINT)) - to_minutes(\(offset))"
        case .spark:
            let seconds = "CAST(concat(CAST(\(second) AS STRING), '.', \(micros)) AS DECIMAL(16,6))"
            local = "try_make_timestamp_ntz(\(year), \(month), \(day), \(hour24), \(minute), \(seconds)) - make_dt_interval(0, 0, \(offset), 0)"
        }
        return d.function(readName, [("s", .string)], returns: .timestamp,
                          "CASE WHEN \(valid)\nTHEN \(local) END")
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
