import WortCore

/// Date-times as Wort reads and writes them, as SQL functions.
enum DateTimeFunctions {
    static let readName = "wort_read_timestamp"
    static let textName = "wort_timestamp_text"

    /// `wort_timestamp_text(t)`: `YYYY-MM-DD HH:MM:SS`, plus `.ffffff` (always six
    /// digits) when there are microseconds (WortCore's ValueFormatter; both engines' own
    /// casts drop trailing zeros of the fraction).
    static func textDefinition(_ d: SQLDialect) -> String {
        let body = switch d {
        case .duckdb:
            "CASE WHEN microsecond(t) % 1000000 = 0 THEN strftime(t, '%Y-%m-%d %H:%M:%S') ELSE strftime(t, '%Y-%m-%d %H:%M:%S.%f') END"
        case .spark:
            "CASE WHEN date_format(t, 'SSSSSS') = '000000' THEN date_format(t, 'yyyy-MM-dd HH:mm:ss') ELSE date_format(t, 'yyyy-MM-dd HH:mm:ss.SSSSSS') END"
        }
        return d.function(textName, [("t", .timestamp)], returns: .string, body)
    }

    /// The shape of a date-time Wort reads from text (WortCore's DateText and TimeText):
    /// `YYYY-M-D` or `YYYY/M/D`, `M/D/YYYY` (month first, as the date steps read it) or
    /// `D.M.YYYY`, then optionally `[ T]H:MM[:SS[.fraction]]`, `[ ]AM/PM`, `[ ]Z|±HH[[:]MM]`.
    /// Groups: 1 year, 2 and 4 separators, 3 month, 5 day | 6 first, 7 and 9 separators,
    /// 8 second, 10 year | 11 hour, 12 minute, 13 second, 14 fraction, 15 a/p, 16 zone,
    /// 17 zone sign, 18 zone hours, 19 zone minutes.
    static let shape = "^(?:([0-9]{4})([-/])([0-9]{1,2})([-/])([0-9]{1,2})|([0-9]{1,2})([/.])([0-9]{1,2})([/.])([0-9]{4}))"
        + "(?:[ T]([0-9]{1,2}):([0-9]{2})(?::([0-9]{2})(?:\\.([0-9]{1,9}))?)?(?: ?([aApP])[mM])?"
        + "(?: ?(Z|([+-])([0-9]{2})(?::?([0-9]{2}))?))?)?\\z"

    /// `wort_read_timestamp(s)`: the text `s` as a timestamp (UTC when it names a zone),
    /// NULL when Wort would not read it as a date-time. Spaces and tabs around it are
    /// ignored, as in Wort.
    static func readDefinition(_ d: SQLDialect) -> String {
        let v = d.trimSpacesAndTabs("s")
        let re = d.string(shape)
        func g(_ k: Int) -> String { "regexp_extract(\(v), \(re), \(k))" }
        // try_cast: Spark in ANSI mode raises on CAST('' AS INT), even in a CASE branch
        // it may evaluate early.
        func int(_ e: String) -> String { "try_cast(\(e) AS INT)" }
        func intOrZero(_ e: String) -> String { "coalesce(try_cast(\(e) AS INT), 0)" }
        let yearFirst = "\(g(1)) <> ''"
        let year = int("CASE WHEN \(yearFirst) THEN \(g(1)) ELSE \(g(10)) END")
        let month = int("CASE WHEN \(yearFirst) THEN \(g(3)) WHEN \(g(7)) = '/' THEN \(g(6)) ELSE \(g(8)) END")
        let day = int("CASE WHEN \(yearFirst) THEN \(g(5)) WHEN \(g(7)) = '/' THEN \(g(8)) ELSE \(g(6)) END")
        let leap = "(\(year) % 4 = 0 AND (\(year) % 100 <> 0 OR \(year) % 400 = 0))"
        let monthDays = "CASE \(month) WHEN 2 THEN CASE WHEN \(leap) THEN 29 ELSE 28 END WHEN 4 THEN 30 WHEN 6 THEN 30 WHEN 9 THEN 30 WHEN 11 THEN 30 ELSE 31 END"
        let hour = intOrZero(g(11)), minute = intOrZero(g(12)), second = intOrZero(g(13))
        let ampm = "lower(\(g(15)))"
        let hour24 = "CASE WHEN \(ampm) = '' THEN \(hour) WHEN \(ampm) = 'a' THEN \(hour) % 12 ELSE \(hour) % 12 + 12 END"
        let micros = "rpad(substring(\(g(14)), 1, 6), 6, '0')"
        let zoneMinutes = "(\(intOrZero(g(18))) * 60 + \(intOrZero(g(19))))"
        let offset = "CASE WHEN \(g(17)) = '-' THEN -\(zoneMinutes) ELSE \(zoneMinutes) END"
        let valid = [
            d.matches(v, re),
            "CASE WHEN \(yearFirst) THEN \(g(2)) = \(g(4)) ELSE \(g(7)) = \(g(9)) END",
            "\(year) BETWEEN 1 AND 9999", "\(month) BETWEEN 1 AND 12", "\(day) BETWEEN 1 AND \(monthDays)",
            "CASE WHEN \(ampm) = '' THEN \(hour) <= 23 ELSE \(hour) BETWEEN 1 AND 12 END",
            "\(minute) <= 59", "\(second) <= 59", "\(intOrZero(g(18))) <= 23", "\(intOrZero(g(19))) <= 59",
        ].joined(separator: "\n  AND ")
        let local: String
        switch d {
        case .duckdb:
            local = "make_timestamp(\(year), \(month), \(day), \(hour24), \(minute), \(second)) + to_microseconds(CAST(\(micros) AS BIGINT)) - to_minutes(\(offset))"
        case .spark:
            let seconds = "CAST(concat(CAST(\(second) AS STRING), '.', \(micros)) AS DECIMAL(16,6))"
            local = "make_timestamp_ntz(\(year), \(month), \(day), \(hour24), \(minute), \(seconds)) - make_dt_interval(0, 0, \(offset), 0)"
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
