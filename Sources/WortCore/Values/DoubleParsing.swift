#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Decimal floating-point text: `[sign]digits[.digits][e[sign]digits]`, `.5`, `5.`.
/// The syntax is checked here; the value is exact: a fast path when the mantissa and
/// the power of ten are both exactly representable, else `strtod`.
enum DoubleParsing {
    /// Exact powers of ten as Double (10^22 is the largest one).
    static let powersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    static func double(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Double? {
        var i = range.lowerBound
        let end = range.upperBound
        guard i < end else { return nil }
        var negative = false
        if b[i] == 0x2D { negative = true; i += 1 } else if b[i] == 0x2B { i += 1 }

        var mantissa: UInt64 = 0
        var mantissaDigits = 0      // significant digits accumulated (leading zeros skipped)
        var dropped = false         // more digits than fit the exact fast path
        var exponent = 0            // decimal exponent applied to `mantissa`

        let intStart = i
        while i < end {
            let d = digitValue(b[i])
            guard d <= 9 else { break }
            if mantissaDigits < 19 {
                mantissa = mantissa &* 10 &+ UInt64(d)
                if mantissa != 0 { mantissaDigits += 1 }
            } else {
                dropped = true; exponent += 1
            }
            i += 1
        }
        let intDigits = i - intStart
        if intDigits > 1 && b[intStart] == 0x30 { return nil }
        var fracDigits = 0
        if i < end && b[i] == 0x2E {
            i += 1
            let fracStart = i
            while i < end {
                let d = digitValue(b[i])
                guard d <= 9 else { break }
                if mantissaDigits < 19 {
                    mantissa = mantissa &* 10 &+ UInt64(d)
                    if mantissa != 0 { mantissaDigits += 1 }
                    exponent -= 1
                } else if d != 0 {
                    dropped = true
                }
                i += 1
            }
            fracDigits = i - fracStart
        }
        guard intDigits + fracDigits > 0 else { return nil }
        if i < end {
            guard b[i] | 0x20 == 0x65 else { return nil }     // e or E
            i += 1
            guard i < end else { return nil }
            var expNegative = false
            if b[i] == 0x2D { expNegative = true; i += 1 } else if b[i] == 0x2B { i += 1 }
            let expStart = i
            var e = 0
            while i < end {
                let d = digitValue(b[i])
                guard d <= 9 else { return nil }
                if e < 100_000 { e = e * 10 + Int(d) }
                i += 1
            }
            guard i > expStart else { return nil }
            exponent += expNegative ? -e : e
        }

        if !dropped && mantissa <= 1 << 53 && exponent >= -22 && exponent <= 22 {
            let m = Double(mantissa)
            let v = exponent >= 0 ? m * powersOfTen[exponent] : m / powersOfTen[-exponent]
            return negative ? -v : v
        }
        if mantissa == 0 && !dropped { return negative ? -0.0 : 0.0 }
        return strtodFallback(b, range)
    }

    /// Converts already validated text with the C library (correctly rounded).
    static func strtodFallback(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Double? {
        let n = range.count
        let v: Double = withUnsafeTemporaryAllocation(of: CChar.self, capacity: n + 1) { buf in
            for k in 0..<n { buf[k] = CChar(bitPattern: b[range.lowerBound + k]) }
            buf[n] = 0
            return strtod(buf.baseAddress!, nil)
        }
        return v.isFinite ? v : nil
    }
}
