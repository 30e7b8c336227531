import WortCore

/// The date-part functions (YEAR, MONTH, DAY, HOUR, MINUTE, SECOND, WEEK_NUMBER, WEEK_DAY,
/// MONTH_NAME): a part of the date in `sourceColumn` (or the constant `value`) into a new
/// column `targetColumn`. Date and timestamp columns are read as they are, text as a date
/// (see `DateValues`); nulls and text that is no date give null.
enum DateParts {
    /// One date-time, split once for all the parts.
    struct Civil {
        var year: Int, month: Int, day: Int
        var hour: Int, minute: Int, second: Int
        /// Days since 1970-01-01.
        var days: Int

        init(micros: Int64) {
            let perDay = Int64(86_400_000_000)
            var d = micros / perDay
            var rest = micros % perDay
            if rest < 0 { rest += perDay; d -= 1 }
            days = Int(d)
            (year, month, day) = CivilCalendar.civil(days: days)
            let s = Int(rest / 1_000_000)
            hour = s / 3600; minute = s / 60 % 60; second = s % 60
        }

        /// 0 = Monday ... 6 = Sunday (1970-01-01 was a Thursday).
        var weekdayFromMonday: Int { ((days + 3) % 7 + 7) % 7 }

        /// The ISO 8601 week (1-53), Spark's `weekofyear`: weeks start on Monday and week 1
        /// holds the year's first Thursday, so 2021-01-01 is in week 53 (of 2020).
        var isoWeek: Int {
            let thursday = days - weekdayFromMonday + 3
            let (y, _, _) = CivilCalendar.civil(days: thursday)
            return (thursday - CivilCalendar.days(year: y, month: 1, day: 1)) / 7 + 1
        }
    }

    /// The input, target and position; nil after reporting a problem.
    private static func prepare(_ context: inout StepContext, type: DataType) -> (FunctionInput, String, Int)? {
        context.ignore("functionStepType")
        let input = FunctionInput.resolve(&context)
        let target = context.newColumn("targetColumn")
        guard let input, let target else { return nil }
        if case .constant(let v) = input, ValueParser.timestamp(v, order: .monthFirst) == nil {
            context.problem("value", "'\(v)' is not a date"); return nil
        }
        let at = FunctionSteps.position(of: input, in: context.schema)
        context.schema = context.schema.inserting(Field(name: target, type: type), at: at)
        return (input, target, at)
    }

    /// A whole-number part (an int64 column).
    static func integer(_ context: inout StepContext, _ part: @escaping @Sendable (Civil) -> Int) -> StepKernel? {
        guard let (input, target, at) = prepare(&context, type: .int64) else { return nil }
        return .map { table in
            let read = DateValues.reader(input.column(in: table))
            let n = table.rowCount
            var values = [Int64](repeating: 0, count: n)
            var valid = ValidityBitmap()
            valid.reserveCapacity(n)
            for r in 0..<n {
                if let micros = read(r) { values[r] = Int64(part(Civil(micros: micros))); valid.append(true) }
                else { valid.append(false) }
            }
            return table.inserting(Column(name: target, type: .int64, values: .int64(values), validity: valid), at: at)
        }
    }

    /// A text part (a name).
    static func text(_ context: inout StepContext, _ part: @escaping @Sendable (Civil) -> String) -> StepKernel? {
        guard let (input, target, at) = prepare(&context, type: .string) else { return nil }
        return .map { table in
            let read = DateValues.reader(input.column(in: table))
            let names = TextColumnBuilder.build(name: target, count: table.rowCount) { r, out in
                guard let micros = read(r) else { return false }
                out.append(contentsOf: part(Civil(micros: micros)).utf8)
                return true
            }
            return table.inserting(names, at: at)
        }
    }
}
