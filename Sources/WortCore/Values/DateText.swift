/// The shape of a date's text, before the order of day and month is decided.
enum DateLayout: UInt8 {
    /// `YYYY-MM-DD` or `YYYY/MM/DD`: `first` is the month.
    case yearFirst
    /// `A/B/YYYY`: month-first or day-first depending on `DateOrder`.
    case slashYearLast
    /// `D.M.YYYY`: always day first.
    case dotted
}

/// A date scanned from text: year and the two other numbers in text order.
struct DateText {
    var layout: DateLayout
    var year: Int
    var first: Int
    var second: Int
    /// Index just past the date.
    var end: Int

    /// Year, month, day under `order`, nil when not a real date.
    @inline(__always)
    func resolve(_ order: DateOrder) -> (year: Int, month: Int, day: Int)? {
        let month: Int, day: Int
        switch layout {
        case .yearFirst: month = first; day = second
        case .dotted: month = second; day = first
        case .slashYearLast:
            if order == .monthFirst { month = first; day = second } else { month = second; day = first }
        }
        return CivilCalendar.isValid(year: year, month: month, day: day) ? (year, month, day) : nil
    }

    @inline(__always)
    func days(_ order: DateOrder) -> Int? {
        guard let (y, m, d) = resolve(order) else { return nil }
        return CivilCalendar.days(year: y, month: m, day: d)
    }

    /// Scans a date at the start of `b[range]`; the text may go on after it (a time).
    @inline(__always)
    static func scan(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> DateText? {
        let end = range.upperBound
        var i = range.lowerBound
        // Leading number: 4 digits (year first) or 1-2 digits (year last).
        var lead = 0
        let leadStart = i
        while i < end && i - leadStart < 4 {
            let d = digitValue(b[i])
            guard d <= 9 else { break }
            lead = lead * 10 + Int(d)
            i += 1
        }
        let leadDigits = i - leadStart
        guard i < end else { return nil }
        let sep = b[i]
        if leadDigits == 4 {
            guard sep == 0x2D || sep == 0x2F else { return nil }        // - or /
            i += 1
            guard let (month, afterMonth) = smallNumber(b, i, end), afterMonth < end, b[afterMonth] == sep,
                  let (day, afterDay) = smallNumber(b, afterMonth + 1, end)
            else { return nil }
            return DateText(layout: .yearFirst, year: lead, first: month, second: day, end: afterDay)
        }
        guard leadDigits >= 1 && leadDigits <= 2, sep == 0x2F || sep == 0x2E else { return nil }  // / or .
        i += 1
        guard let (second, afterSecond) = smallNumber(b, i, end), afterSecond < end, b[afterSecond] == sep
        else { return nil }
        i = afterSecond + 1
        guard end - i >= 4 else { return nil }
        var year = 0
        for k in 0..<4 {
            let d = digitValue(b[i + k])
            guard d <= 9 else { return nil }
            year = year * 10 + Int(d)
        }
        i += 4
        if i < end && digitValue(b[i]) <= 9 { return nil }            // a 5-digit year
        return DateText(layout: sep == 0x2F ? .slashYearLast : .dotted, year: year, first: lead,
                        second: second, end: i)
    }

    /// One or two digits at `i`, then a non-digit or the end.
    @inline(__always)
    private static func smallNumber(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (Int, Int)? {
        guard i < end else { return nil }
        let d0 = digitValue(b[i])
        guard d0 <= 9 else { return nil }
        guard i + 1 < end else { return (Int(d0), i + 1) }
        let d1 = digitValue(b[i + 1])
        guard d1 <= 9 else { return (Int(d0), i + 1) }
        if i + 2 < end && digitValue(b[i + 2]) <= 9 { return nil }
        return (Int(d0) * 10 + Int(d1), i + 2)
    }
}
