import WortCore

/// Excel's day serials.
///
/// In the 1900 date system serial 1 is 1900-01-01, and Excel (after Lotus 1-2-3) counts
/// a 1900-02-29 that never was as serial 60: serials below 60 are one day later than a
/// plain count from 1899-12-30 gives, serial 60 is no date at all, and serials from 61
/// on count from 1899-12-30. In the 1904 system serial 0 is 1904-01-01.
/// Times of day are the fraction, rounded to the millisecond (as Excel shows them; a
/// double of a recent date holds about a microsecond of noise).
enum XLSXDates {
    /// 1899-12-30 and 1904-01-01 as days since 1970-01-01.
    static let epoch1900 = -25_569
    static let epoch1904 = -24_107
    static let millisPerDay = 86_400_000.0

    enum Converted: Equatable {
        case date(days: Int32, millis: Int64)
        /// Serial 60 of the 1900 system, or a serial outside years 1–9999.
        case invalid
    }

    /// Days since 1970-01-01 and milliseconds into that day of `serial`.
    static func convert(_ serial: Double, date1904: Bool) -> Converted {
        // Years 1 to 9999 (Excel itself stops at 9999-12-31, serial 2958465).
        guard serial.isFinite, serial > -700_000, serial < 2_958_466 + 1462 else { return .invalid }
        var day = serial.rounded(.down)
        var millis = ((serial - day) * millisPerDay).rounded()
        if millis >= millisPerDay { day += 1; millis = 0 }
        var days = Int(day)
        if date1904 {
            days += epoch1904
        } else {
            if days == 60 { return .invalid }
            days += days < 60 && days > 0 ? epoch1900 + 1 : epoch1900
        }
        let (y, _, _) = CivilCalendar.civil(days: days)
        guard y >= 1 && y <= 9999 else { return .invalid }
        return .date(days: Int32(days), millis: Int64(millis))
    }

    /// Text for a serial whose date does not exist: "1900-02-29" for serial 60 (with the
    /// time when there is one), else the number.
    static func invalidText(_ serial: Double, date1904: Bool) -> String {
        if !date1904 && serial >= 60 && serial < 61 {
            let millis = Int64(((serial - 60) * millisPerDay).rounded())
            if millis == 0 || millis >= Int64(millisPerDay) { return "1900-02-29" }
            var out = Array("1900-02-29 ".utf8)
            appendClock(millis, to: &out)
            return String(decoding: out, as: UTF8.self)
        }
        var out: [UInt8] = []
        XLSXValueText.appendNumber(serial, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `HH:MM:SS`, plus `.fff` when there are milliseconds; hours may exceed 23.
    static func appendClock(_ millis: Int64, to out: inout [UInt8]) {
        let ms = millis % 1000
        let secs = millis / 1000
        let hours = secs / 3600
        if hours < 10 { out.append(0x30) }
        ValueFormatter.append(int64: hours, to: &out)
        out.append(0x3A)
        two(Int(secs / 60 % 60), &out)
        out.append(0x3A)
        two(Int(secs % 60), &out)
        if ms != 0 {
            out.append(0x2E)
            out.append(0x30 + UInt8(ms / 100)); out.append(0x30 + UInt8(ms / 10 % 10)); out.append(0x30 + UInt8(ms % 10))
        }
    }

    /// A time-format value as text: the time of day of a fraction ("13:30:00"), or for
    /// values of a day or more the elapsed hours ("36:00:00"); negative values get '-'.
    static func appendTime(_ value: Double, to out: inout [UInt8]) {
        guard value.isFinite, value.magnitude < 1e9 else { XLSXValueText.appendNumber(value, to: &out); return }
        if value < 0 { out.append(0x2D) }
        appendClock(Int64((value.magnitude * millisPerDay).rounded()), to: &out)
    }

    private static func two(_ v: Int, _ out: inout [UInt8]) {
        out.append(0x30 + UInt8(v / 10)); out.append(0x30 + UInt8(v % 10))
    }
}

/// Cell values written as text (for string columns and header names).
enum XLSXValueText {
    /// Whole numbers within Int64 without ".0"; others in the shortest form that reads back.
    static func appendNumber(_ v: Double, to out: inout [UInt8]) {
        if v == v.rounded(.towardZero), let i = Int64(exactly: v) {
            ValueFormatter.append(int64: i, to: &out)
        } else {
            ValueFormatter.append(double: v, to: &out)
        }
    }

    /// A date serial as `YYYY-MM-DD`, or `YYYY-MM-DD HH:MM:SS[.ffffff]` when it has a time.
    static func appendDate(_ serial: Double, date1904: Bool, to out: inout [UInt8]) {
        switch XLSXDates.convert(serial, date1904: date1904) {
        case .date(let days, let millis):
            if millis == 0 {
                ValueFormatter.append(date: days, to: &out)
            } else {
                ValueFormatter.append(timestamp: Int64(days) * 86_400_000_000 + millis * 1000, to: &out)
            }
        case .invalid:
            out.append(contentsOf: XLSXDates.invalidText(serial, date1904: date1904).utf8)
        }
    }
}
