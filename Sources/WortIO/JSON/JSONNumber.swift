#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Converts and formats JSON numbers without building a `String` per value.
enum JSONNumber {
    private static let exactPowers: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// The correctly rounded value of a number already validated by `JSONScanner`.
    /// Fast path when the digits and the power of ten are exact doubles (Clinger);
    /// otherwise `strtod` (correctly rounded; JSON syntax is a subset of its syntax).
    static func double(_ text: UnsafeBufferPointer<UInt8>) -> Double {
        var i = 0
        let n = text.count
        var negative = false
        if i < n && text[i] == 0x2D { negative = true; i += 1 }
        var mantissa: UInt64 = 0
        var digits = 0
        var exponent = 0
        while i < n, isDigit(text[i]) {
            if digits < 19 { mantissa = mantissa * 10 + UInt64(text[i] - 0x30); if mantissa != 0 { digits += 1 } } else { exponent += 1; digits += 1 }
            i += 1
        }
        if i < n && text[i] == 0x2E {
            i += 1
            while i < n, isDigit(text[i]) {
                if digits < 19 { mantissa = mantissa * 10 + UInt64(text[i] - 0x30); exponent -= 1; if mantissa != 0 { digits += 1 } } else { digits += 1 }
                i += 1
            }
        }
        let exact = digits <= 19
        if i < n && (text[i] | 0x20) == 0x65 {
            i += 1
            var expNegative = false
            if i < n && (text[i] == 0x2B || text[i] == 0x2D) { expNegative = text[i] == 0x2D; i += 1 }
            var e = 0
            while i < n, isDigit(text[i]) {
                if e < 100_000 { e = e * 10 + Int(text[i] - 0x30) }
                i += 1
            }
            exponent += expNegative ? -e : e
        }
        if exact && mantissa <= 1 << 53 && exponent >= -22 && exponent <= 22 {
            var v = Double(mantissa)
            if exponent < 0 { v /= exactPowers[-exponent] } else { v *= exactPowers[exponent] }
            return negative ? -v : v
        }
        if mantissa == 0 && exact { return negative ? -0.0 : 0.0 }
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: n + 1) { buf in
            for k in 0..<n { buf[k] = CChar(bitPattern: text[k]) }
            buf[n] = 0
            return strtod(buf.baseAddress!, nil)
        }
    }

    /// Appends the decimal digits of `v`.
    static func append(int64 v: Int64, to out: inout [UInt8]) {
        if v < 0 { out.append(0x2D) }
        var m = v.magnitude
        if m == 0 { out.append(0x30); return }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buf in
            var k = 20
            while m > 0 { k -= 1; buf[k] = UInt8(m % 10) + 0x30; m /= 10 }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buf[k..<20]))
        }
    }

    /// Appends an unscaled decimal with `scale` digits after the point, e.g. 12345, 2 → 123.45.
    static func append(decimal v: Int64, scale: Int, to out: inout [UInt8]) {
        guard scale > 0 else { append(int64: v, to: &out); return }
        var digits: [UInt8] = []
        append(int64: Int64(bitPattern: v.magnitude), to: &digits)
        if v == Int64.min { digits = Array(String(v.magnitude).utf8) }
        if v < 0 { out.append(0x2D) }
        if digits.count <= scale {
            out.append(0x30); out.append(0x2E)
            out.append(contentsOf: repeatElement(0x30, count: scale - digits.count))
            out.append(contentsOf: digits)
        } else {
            out.append(contentsOf: digits[..<(digits.count - scale)])
            out.append(0x2E)
            out.append(contentsOf: digits[(digits.count - scale)...])
        }
    }

    /// True when `text` is a complete JSON number.
    static func isValid(_ text: ArraySlice<UInt8>) -> Bool {
        text.withUnsafeBufferPointer { b in
            var s = JSONScanner(bytes: b, file: "")
            guard !b.isEmpty, b[0] == 0x2D || isDigit(b[0]), (try? s.readNumber()) != nil else { return false }
            return s.pos == b.count
        }
    }
}
