/// Byte-level parsers for typed values. Every parser trims ASCII spaces and tabs first
/// and returns nil when the text does not fit the type. No `String` is built.
public enum ValueParser {
    /// `[+-]digits` without leading zeros ("007" is not a number), within Int64.
    public static func int64(_ b: UnsafeBufferPointer<UInt8>) -> Int64? {
        IntegerParsing.int64(b, trimmedRange(b))
    }

    /// Decimal notation with optional exponent; no inf, nan or hex; no leading zeros
    /// in the integer part. Correctly rounded.
    public static func double(_ b: UnsafeBufferPointer<UInt8>) -> Double? {
        DoubleParsing.double(b, trimmedRange(b))
    }

    /// true, false, yes, no in any letter case.
    public static func bool(_ b: UnsafeBufferPointer<UInt8>) -> Bool? {
        BoolParsing.bool(b, trimmedRange(b))
    }

    /// Fixed-point text to an unscaled value with `scale` fraction digits; more fraction
    /// digits than `scale` is nil (no rounding), as is overflow.
    public static func decimal(_ b: UnsafeBufferPointer<UInt8>, scale: Int) -> Int64? {
        IntegerParsing.decimal(b, trimmedRange(b), scale: scale)
    }

    /// Days since 1970-01-01 of `YYYY-MM-DD`, `YYYY/MM/DD`, `M/D/YYYY` or `D/M/YYYY`
    /// (per `order`), or `D.M.YYYY`.
    public static func date(_ b: UnsafeBufferPointer<UInt8>, order: DateOrder) -> Int32? {
        if b.count == 10, let days = isoDate(b) { return Int32(days) }
        let r = trimmedRange(b)
        guard let d = DateText.scan(b, r), d.end == r.upperBound, let days = d.days(order) else { return nil }
        return Int32(days)
    }

    /// Microseconds since 1970-01-01T00:00:00 of a date, optionally followed by a time
    /// (see `TimeText`); a zone converts to UTC.
    public static func timestamp(_ b: UnsafeBufferPointer<UInt8>, order: DateOrder) -> Int64? {
        let r = trimmedRange(b)
        guard let d = DateText.scan(b, r), let days = d.days(order) else { return nil }
        let midnight = Int64(days) * TimeText.microsPerDay
        if d.end == r.upperBound { return midnight }
        guard let time = TimeText.scan(b, d.end, r.upperBound) else { return nil }
        return midnight + time
    }

    /// The common "YYYY-MM-DD" read at once (what `DateText` makes of it, without the
    /// general scan); nil for anything else, which then takes the general path.
    @inline(__always)
    static func isoDate(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        guard b[4] == 0x2D, b[7] == 0x2D else { return nil }
        @inline(__always) func digit(_ i: Int) -> Int? { let d = digitValue(b[i]); return d <= 9 ? Int(d) : nil }
        guard let y0 = digit(0), let y1 = digit(1), let y2 = digit(2), let y3 = digit(3),
              let m0 = digit(5), let m1 = digit(6), let d0 = digit(8), let d1 = digit(9) else { return nil }
        let y = y0 * 1000 + y1 * 100 + y2 * 10 + y3, m = m0 * 10 + m1, d = d0 * 10 + d1
        guard CivilCalendar.isValid(year: y, month: m, day: d) else { return nil }
        return CivilCalendar.days(year: y, month: m, day: d)
    }

    // MARK: Conveniences for tests and small inputs (they copy the text).

    public static func int64(_ s: String) -> Int64? { withBytes(s) { int64($0) } }
    public static func double(_ s: String) -> Double? { withBytes(s) { double($0) } }
    public static func bool(_ s: String) -> Bool? { withBytes(s) { bool($0) } }
    public static func decimal(_ s: String, scale: Int) -> Int64? { withBytes(s) { decimal($0, scale: scale) } }
    public static func date(_ s: String, order: DateOrder) -> Int32? { withBytes(s) { date($0, order: order) } }
    public static func timestamp(_ s: String, order: DateOrder) -> Int64? {
        withBytes(s) { timestamp($0, order: order) }
    }

    private static func withBytes<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var s = s
        return s.withUTF8(body)
    }
}
