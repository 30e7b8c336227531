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
