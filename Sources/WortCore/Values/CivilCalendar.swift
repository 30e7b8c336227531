/// Proleptic Gregorian calendar arithmetic on day numbers (days since 1970-01-01).
///
/// Days are counted in 400-year eras that start on March 1st, so that the leap day is
/// the last day of an era-year and month lengths follow a simple linear formula.
public enum CivilCalendar {
    /// Days in one 400-year era.
    static let daysPerEra = 146_097
    /// Day number of 0000-03-01 relative to 1970-01-01.
    static let epochShift = 719_468

    @inline(__always)
    public static func isLeapYear(_ y: Int) -> Bool { y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) }

    @inline(__always)
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Whether year 1...9999, month 1...12 and day form a real date.
    @inline(__always)
    public static func isValid(year: Int, month: Int, day: Int) -> Bool {
        year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1
            && day <= daysInMonth(year: year, month: month)
    }

    /// Days since 1970-01-01 of a valid date.
    @inline(__always)
    public static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year                 // years start in March
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400                         // 0...399
        let shiftedMonth = month > 2 ? month - 3 : month + 9  // March = 0
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * daysPerEra + dayOfEra - epochShift
    }

    /// The calendar date of a day number.
    @inline(__always)
    public static func civil(days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + epochShift
        let era = (z >= 0 ? z : z - (daysPerEra - 1)) / daysPerEra
        let dayOfEra = z - era * daysPerEra                                    // 0...146096
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
