/// Writes the canonical UTF-8 text of typed values (the text `ValueParser` reads back).
public enum ValueFormatter {
    /// Decimal digits, '-' for negatives.
    @inline(__always)
    public static func append(int64 v: Int64, to out: inout [UInt8]) {
        if v < 0 { out.append(0x2D) }
        appendDigits(v.magnitude, minimumDigits: 1, to: &out)
    }

    /// The shortest text that reads back as the same Double, see `DoubleFormatting`.
    @inline(__always)
    public static func append(double v: Double, to out: inout [UInt8]) {
        DoubleFormatting.append(v, to: &out)
    }

    /// Exactly `scale` digits after the point: -5 with scale 2 is "-0.05".
    @inline(__always)
    public static func append(decimal v: Int64, scale: Int, to out: inout [UInt8]) {
        if v < 0 { out.append(0x2D) }
        appendFixedPoint(v.magnitude, fractionDigits: scale, to: &out)
    }

    @inline(__always)
    public static func append(bool v: Bool, to out: inout [UInt8]) {
        if v {
            out.append(contentsOf: [0x74, 0x72, 0x75, 0x65] as [UInt8])
        } else {
            out.append(contentsOf: [0x66, 0x61, 0x6C, 0x73, 0x65] as [UInt8])
        }
    }

    /// `YYYY-MM-DD` (years beyond 9999 get more digits; years before 1 a '-').
    @inline(__always)
    public static func append(date v: Int32, to out: inout [UInt8]) {
        appendCivil(days: Int(v), to: &out)
    }

    /// `YYYY-MM-DD HH:MM:SS`, plus `.ffffff` (always 6 digits) when there are microseconds.
    public static func append(timestamp v: Int64, to out: inout [UInt8]) {
        let perDay = TimeText.microsPerDay
        var days = v / perDay
        var rest = v % perDay
        if rest < 0 { rest += perDay; days -= 1 }
        appendCivil(days: Int(days), to: &out)
        out.append(0x20)
        let micros = rest % 1_000_000
        let secs = rest / 1_000_000
        appendTwo(Int(secs / 3600), to: &out)
        out.append(0x3A)
        appendTwo(Int(secs / 60 % 60), to: &out)
        out.append(0x3A)
        appendTwo(Int(secs % 60), to: &out)
        if micros != 0 {
            out.append(0x2E)
            appendDigits(UInt64(micros), minimumDigits: 6, to: &out)
        }
    }

    // MARK: Helpers

    @inline(__always)
    static func appendCivil(days: Int, to out: inout [UInt8]) {
        let (y, m, d) = CivilCalendar.civil(days: days)
        if y < 0 { out.append(0x2D) }
        appendDigits(UInt64(y.magnitude), minimumDigits: 4, to: &out)
        out.append(0x2D)
        appendTwo(m, to: &out)
        out.append(0x2D)
        appendTwo(d, to: &out)
    }

    @inline(__always)
    static func appendTwo(_ v: Int, to out: inout [UInt8]) {
        out.append(0x30 &+ UInt8(truncatingIfNeeded: v / 10))
        out.append(0x30 &+ UInt8(truncatingIfNeeded: v % 10))
    }

    /// The decimal digits of `v`, left-padded with zeros to `minimumDigits`.
    @inline(__always)
    static func appendDigits(_ v: UInt64, minimumDigits: Int, to out: inout [UInt8]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buf in
            var n = v, k = 24
            repeat {
                k -= 1
                buf[k] = 0x30 &+ UInt8(truncatingIfNeeded: n % 10)
                n /= 10
            } while n != 0 || 24 - k < minimumDigits
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buf[k..<24]))
        }
    }

    /// `v / 10^fractionDigits` written with exactly `fractionDigits` digits after the point
    /// (no point when it is 0).
    @inline(__always)
    static func appendFixedPoint(_ v: UInt64, fractionDigits: Int, to out: inout [UInt8]) {
        guard fractionDigits > 0 else { appendDigits(v, minimumDigits: 1, to: &out); return }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 48) { buf in
            var n = v, k = 48, written = 0
            repeat {
                if written == fractionDigits { k -= 1; buf[k] = 0x2E }
                k -= 1
                buf[k] = 0x30 &+ UInt8(truncatingIfNeeded: n % 10)
                n /= 10
                written += 1
            } while n != 0 || written <= fractionDigits
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buf[k..<48]))
        }
    }
}
