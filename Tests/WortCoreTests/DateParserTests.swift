import Testing
@testable import WortCore

@Test func calendarArithmeticKnownDays() {
    #expect(CivilCalendar.days(year: 1970, month: 1, day: 1) == 0)
    #expect(CivilCalendar.days(year: 1969, month: 12, day: 31) == -1)
    #expect(CivilCalendar.days(year: 2000, month: 3, day: 1) == 11017)
    #expect(CivilCalendar.days(year: 2024, month: 2, day: 29) == 19782)
    #expect(CivilCalendar.days(year: 1, month: 1, day: 1) == -719_162)
    #expect(CivilCalendar.days(year: 9999, month: 12, day: 31) == 2_932_896)
    // Every day from year 1 to 9999 maps back to itself and days are consecutive.
    var expected = CivilCalendar.days(year: 1, month: 1, day: 1)
    for y in stride(from: 1, through: 9999, by: 7) {
        expected = CivilCalendar.days(year: y, month: 1, day: 1)
        for m in 1...12 {
            for d in 1...CivilCalendar.daysInMonth(year: y, month: m) {
                let n = CivilCalendar.days(year: y, month: m, day: d)
                #expect(n == expected)
                expected += 1
                if d == 1 || d == 28 {
                    let c = CivilCalendar.civil(days: n)
                    #expect(c.year == y && c.month == m && c.day == d)
                }
            }
        }
    }
}

@Test func dateLayouts() {
    let feb29 = Int32(19782)
    #expect(ValueParser.date("2024-02-29", order: .monthFirst) == feb29)
    #expect(ValueParser.date("2024/02/29", order: .dayFirst) == feb29)
    #expect(ValueParser.date("2024-2-29", order: .monthFirst) == feb29)
    #expect(ValueParser.date(" 02/29/2024 ", order: .monthFirst) == feb29)
    #expect(ValueParser.date("2/29/2024", order: .monthFirst) == feb29)
    #expect(ValueParser.date("29/2/2024", order: .dayFirst) == feb29)
    #expect(ValueParser.date("29.02.2024", order: .monthFirst) == feb29)   // dotted is day first always
    #expect(ValueParser.date("29.2.2024", order: .dayFirst) == feb29)
    #expect(ValueParser.date("03/04/2024", order: .monthFirst) == 19_786)  // March 4 = 19723 (Jan 1) + 31 + 29 + 3
    #expect(ValueParser.date("03/04/2024", order: .dayFirst) == 19_816)    // April 3 = 19786 + 30
    #expect(ValueParser.date("1970-01-01", order: .monthFirst) == 0)
    #expect(ValueParser.date("0001-01-01", order: .monthFirst) == -719_162)
    #expect(ValueParser.date("9999-12-31", order: .monthFirst) == 2_932_896)
    #expect(withEmbeddedBytes("2024-02-29") { ValueParser.date($0, order: .monthFirst) } == feb29)
}

@Test(arguments: ["2023-02-29", "1900-02-29", "2024-02-30", "2024-13-01", "2024-00-10", "2024-04-31", "2024-01-00",
                  "0000-01-01", "20240229", "2024-02-29x", "2024-02/29", "2024.02.29", "29-02-2024", "2/29/24",
                  "29/02/2024", "13/13/2024", "1/2/12345", "123/1/2024", "2024-002-01", "2024-1", "", "abc",
                  "02/29/2024 10:00", "12024-01-01"])
func dateRejects(_ text: String) {
    #expect(ValueParser.date(text, order: .monthFirst) == nil)
}

@Test func leapYearsFollowTheGregorianRule() {
    #expect(ValueParser.date("2000-02-29", order: .monthFirst) != nil)
    #expect(ValueParser.date("1900-02-29", order: .monthFirst) == nil)
    #expect(ValueParser.date("2100-02-29", order: .monthFirst) == nil)
    #expect(ValueParser.date("1996-02-29", order: .monthFirst) != nil)
    #expect(ValueParser.date("1997-02-29", order: .monthFirst) == nil)
}

@Test func timestampTimesAndFractions() {
    #expect(ValueParser.timestamp("2024-01-01", order: .monthFirst) == micros(2024, 1, 1))
    #expect(ValueParser.timestamp("2024-01-01 10:30", order: .monthFirst) == micros(2024, 1, 1, 10, 30))
    #expect(ValueParser.timestamp("2024-01-01T9:05", order: .monthFirst) == micros(2024, 1, 1, 9, 5))
    #expect(ValueParser.timestamp("2024-01-01 23:59:59", order: .monthFirst) == micros(2024, 1, 1, 23, 59, 59))
    #expect(ValueParser.timestamp("2024-01-01 00:00:00.5", order: .monthFirst) == micros(2024, 1, 1, 0, 0, 0, 500_000))
    #expect(ValueParser.timestamp("2024-01-01 00:00:00.123456", order: .monthFirst)
        == micros(2024, 1, 1, 0, 0, 0, 123_456))
    #expect(ValueParser.timestamp("2024-01-01 00:00:00.123456789", order: .monthFirst)
        == micros(2024, 1, 1, 0, 0, 0, 123_456))   // truncated, not rounded
    #expect(ValueParser.timestamp("2024-01-01 00:00:00.9999999", order: .monthFirst)
        == micros(2024, 1, 1, 0, 0, 0, 999_999))
    #expect(ValueParser.timestamp("1969-12-31 23:59:59.000001", order: .monthFirst) == -999_999)
    #expect(ValueParser.timestamp("12/25/2024 08:00", order: .monthFirst) == micros(2024, 12, 25, 8))
    #expect(ValueParser.timestamp("25/12/2024 08:00", order: .dayFirst) == micros(2024, 12, 25, 8))
    #expect(ValueParser.timestamp("25.12.2024 08:00:01", order: .monthFirst) == micros(2024, 12, 25, 8, 0, 1))
    #expect(withEmbeddedBytes("2024-01-01 10:30") { ValueParser.timestamp($0, order: .monthFirst) }
        == micros(2024, 1, 1, 10, 30))
}

@Test func timestampTwelveHourClock() {
    #expect(ValueParser.timestamp("2024-01-01 12:00 AM", order: .monthFirst) == micros(2024, 1, 1, 0))
    #expect(ValueParser.timestamp("2024-01-01 12:30 PM", order: .monthFirst) == micros(2024, 1, 1, 12, 30))
    #expect(ValueParser.timestamp("2024-01-01 1:15 pm", order: .monthFirst) == micros(2024, 1, 1, 13, 15))
    #expect(ValueParser.timestamp("2024-01-01 11:59:59 PM", order: .monthFirst) == micros(2024, 1, 1, 23, 59, 59))
    #expect(ValueParser.timestamp("2024-01-01 07:00am", order: .monthFirst) == micros(2024, 1, 1, 7))
    #expect(ValueParser.timestamp("1/2/2024 3:04:05 PM", order: .monthFirst) == micros(2024, 1, 2, 15, 4, 5))
    #expect(ValueParser.timestamp("2024-01-01 13:00 PM", order: .monthFirst) == nil)
    #expect(ValueParser.timestamp("2024-01-01 0:30 AM", order: .monthFirst) == nil)
}

@Test func timestampZonesConvertToUTC() {
    let noonUTC = micros(2024, 6, 1, 12)
    #expect(ValueParser.timestamp("2024-06-01T12:00:00Z", order: .monthFirst) == noonUTC)
    #expect(ValueParser.timestamp("2024-06-01T14:00:00+02:00", order: .monthFirst) == noonUTC)
    #expect(ValueParser.timestamp("2024-06-01T14:00:00+0200", order: .monthFirst) == noonUTC)
    #expect(ValueParser.timestamp("2024-06-01T14:00+02", order: .monthFirst) == noonUTC)
    #expect(ValueParser.timestamp("2024-06-01 07:00:00 -05:00", order: .monthFirst) == noonUTC)
    #expect(ValueParser.timestamp("2024-06-01T17:30:00+05:30", order: .monthFirst) == noonUTC)
    #expect(ValueParser.timestamp("2024-06-01 02:00 PM +02:00", order: .monthFirst) == noonUTC)
    // Crossing midnight backwards.
    #expect(ValueParser.timestamp("2024-06-01T01:00:00+02:00", order: .monthFirst) == micros(2024, 5, 31, 23))
}

@Test(arguments: ["2024-01-01 24:00", "2024-01-01 10:60", "2024-01-01 10:00:60", "2024-01-01 10", "2024-01-01 10:0",
                  "2024-01-01 100:00", "2024-01-01 10:00:00.", "2024-01-01 10:00:00.1234567890",
                  "2024-01-01 10:00.5", "2024-01-01  10:00", "2024-01-01X10:00", "2024-01-01 10:00 XM",
                  "2024-01-01 10:00+2", "2024-01-01 10:00+02:0", "2024-01-01 10:00+24:00", "2024-01-01 10:00Zx",
                  "2024-01-01 10:00 ", "2024-02-30 10:00", "2024-01-01T", "2024-01-01 10:00+02:60"])
func timestampRejects(_ text: String) {
    // "... 10:00 " is trimmed, so it is valid; every other text is not.
    if text == "2024-01-01 10:00 " {
        #expect(ValueParser.timestamp(text, order: .monthFirst) == micros(2024, 1, 1, 10))
    } else {
        #expect(ValueParser.timestamp(text, order: .monthFirst) == nil)
    }
}
