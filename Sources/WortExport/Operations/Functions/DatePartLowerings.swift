import WortCore

/// YEAR, MONTH, DAY, HOUR, MINUTE, SECOND, WEEK_NUMBER, WEEK_DAY, MONTH_NAME: a part of
/// the date in `sourceColumn` (or the constant `value`) into the new column `targetColumn`
/// (WortRecipe's DateParts). Dates and timestamps are read as they are; text is read as
/// Wort reads it (month-first dates, an optional time, AM/PM, a zone converted to UTC:
/// `wort_fn_timestamp`), never with the engines' own date parsers, which accept other
/// forms. Week numbers are ISO 8601 (`weekofyear` in both engines); week days run
/// 1 = Sunday ... 7 = Saturday (DuckDB's `dayofweek` counts from 0).
enum DatePart {
    static func lower(_ l: inout Lowering, _ part: (SQLDialect, String) -> String) -> String {
        l.params.ignore("functionStepType")
        let w = WorkColumns(l.dialect)
        let ts: String
        switch l.functionSource() {
        case .column(let name, let t): ts = l.dateTime(l.col(name), from: t, w)
        case .constant(let v): ts = l.dateTime(l.lit(v), from: .string, w)
        }
        let target = l.params.string("targetColumn") ?? ""
        return l.project([target: part(l.dialect, ts)], w)
    }

    static func integer(_ f: String) -> (SQLDialect, String) -> String {
        { _, ts in "CAST(\(f)(\(ts)) AS BIGINT)" }
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                             "August", "September", "October", "November", "December"]
}

enum YearLowering: StepLowering {
    static let operation = "YEAR"
    static func lower(_ l: inout Lowering) throws -> String { DatePart.lower(&l, DatePart.integer("year")) }
}

enum MonthLowering: StepLowering {
    static let operation = "MONTH"
    static func lower(_ l: inout Lowering) throws -> String { DatePart.lower(&l, DatePart.integer("month")) }
}

enum DayLowering: StepLowering {
    static let operation = "DAY"
    static func lower(_ l: inout Lowering) throws -> String { DatePart.lower(&l, DatePart.integer("day")) }
}

enum HourLowering: StepLowering {
    static let operation = "HOUR"
    static func lower(_ l: inout Lowering) throws -> String { DatePart.lower(&l, DatePart.integer("hour")) }
}

enum MinuteLowering: StepLowering {
    static let operation = "MINUTE"
    static func lower(_ l: inout Lowering) throws -> String { DatePart.lower(&l, DatePart.integer("minute")) }
}

enum SecondLowering: StepLowering {
    static let operation = "SECOND"
    static func lower(_ l: inout Lowering) throws -> String { DatePart.lower(&l, DatePart.integer("second")) }
}

enum WeekNumberLowering: StepLowering {
    static let operation = "WEEK_NUMBER"
    static func lower(_ l: inout Lowering) throws -> String { DatePart.lower(&l, DatePart.integer("weekofyear")) }
}

enum WeekDayLowering: StepLowering {
    static let operation = "WEEK_DAY"
    static func lower(_ l: inout Lowering) throws -> String {
        DatePart.lower(&l) { d, ts in "CAST(\(d.weekDay(ts)) AS BIGINT)" }
    }
}

enum MonthNameLowering: StepLowering {
    static let operation = "MONTH_NAME"
    static func lower(_ l: inout Lowering) throws -> String {
        DatePart.lower(&l) { d, ts in
            "CASE month(\(ts)) " + DatePart.monthNames.enumerated().map { "WHEN \($0.offset + 1) THEN \(d.string($0.element))" }.joined(separator: " ") + " END"
        }
    }
}
