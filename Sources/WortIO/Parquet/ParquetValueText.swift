import WortCore

/// Text forms of Parquet values that Wort keeps as strings, and small conversions.
enum ParquetValueText {
    static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    static func isValidUTF8(_ v: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = v.count
        while i < n {
            let b = v[i]
            if b < 0x80 { i += 1; continue }
            let len: Int
            if b >= 0xC2 && b <= 0xDF { len = 2 } else if b >= 0xE0 && b <= 0xEF { len = 3 } else if b >= 0xF0 && b <= 0xF4 { len = 4 } else { return false }
            guard i + len <= n else { return false }
            for k in 1..<len where v[i + k] & 0xC0 != 0x80 { return false }
            if len == 3 {
                let c1 = v[i + 1]
                if b == 0xE0 && c1 < 0xA0 { return false }
                if b == 0xED && c1 > 0x9F { return false }
            } else if len == 4 {
                let c1 = v[i + 1]
                if b == 0xF0 && c1 < 0x90 { return false }
                if b == 0xF4 && c1 > 0x8F { return false }
            }
            i += len
        }
        return true
    }

    /// `0x` and two lowercase hex digits per byte.
    static func appendHex(_ v: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        out.append(0x30); out.append(0x78)
        for b in v { out.append(hexDigits[Int(b >> 4)]); out.append(hexDigits[Int(b & 15)]) }
    }

    /// The canonical 8-4-4-4-12 form of a 16-byte UUID.
    static func appendUUID(_ v: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        for (i, b) in v.enumerated() {
            if i == 4 || i == 6 || i == 8 || i == 10 { out.append(0x2D) }
            out.append(hexDigits[Int(b >> 4)]); out.append(hexDigits[Int(b & 15)])
        }
    }

    /// IEEE half precision, little-endian.
    static func float16(_ v: UnsafeBufferPointer<UInt8>) -> Double {
        guard v.count == 2 else { return .nan }
        let h = UInt16(v[0]) | UInt16(v[1]) << 8
        let sign: Double = h & 0x8000 != 0 ? -1 : 1
        let exp = Int((h >> 10) & 0x1F), frac = Double(h & 0x3FF)
        if exp == 0 { return sign * frac * 0x1p-24 }
        if exp == 31 { return frac == 0 ? sign * .infinity : .nan }
        return sign * (1 + frac / 1024) * Double(sign: .plus, exponent: exp - 15, significand: 1)
    }

    /// A big-endian two's complement integer, if it fits in an Int64 (and is not empty).
    static func decimalInt64(_ v: UnsafeBufferPointer<UInt8>) -> Int64? {
        guard let first = v.first else { return 0 }
        let negative = first & 0x80 != 0
        let fill: UInt8 = negative ? 0xFF : 0
        if v.count > 8 {
            for k in 0..<(v.count - 8) where v[k] != fill { return nil }
            // The remaining 8 bytes must keep the same sign.
            if (v[v.count - 8] & 0x80 != 0) != negative { return nil }
        }
        var x: UInt64 = negative ? ~0 : 0
        for b in v.suffix(8) { x = x << 8 | UInt64(b) }
        return Int64(bitPattern: x)
    }

    static func appendDecimal(int64 v: Int64, scale: Int, to out: inout [UInt8]) {
        if v < 0 { out.append(0x2D) }
        appendFixedPoint(Array(String(v.magnitude).utf8), scale: scale, to: &out)
    }

    /// Exact text of a big-endian two's complement unscaled decimal of any length.
    static func appendDecimal(bigEndian v: UnsafeBufferPointer<UInt8>, scale: Int, to out: inout [UInt8]) {
        var bytes = Array(v)
        let negative = (bytes.first ?? 0) & 0x80 != 0
        if negative {  // two's complement negation
            var carry = 1
            for k in stride(from: bytes.count - 1, through: 0, by: -1) {
                let x = Int(~bytes[k]) + carry
                bytes[k] = UInt8(truncatingIfNeeded: x); carry = x >> 8
            }
        }
        // Repeated division by 10^9 of the big-endian magnitude.
        var chunks: [UInt32] = []
        var mag = bytes
        while mag.contains(where: { $0 != 0 }) {
            var rem: UInt64 = 0
            for k in 0..<mag.count {
                let cur = rem << 8 | UInt64(mag[k])
                mag[k] = UInt8(cur / 1_000_000_000); rem = cur % 1_000_000_000
            }
            chunks.append(UInt32(rem))
        }
        var digits: [UInt8] = []
        for (i, c) in chunks.reversed().enumerated() {
            let s = String(c)
            if i > 0 { digits.append(contentsOf: repeatElement(0x30, count: 9 - s.utf8.count)) }
            digits.append(contentsOf: s.utf8)
        }
        if digits.isEmpty { digits = [0x30] }
        if negative { out.append(0x2D) }
        appendFixedPoint(digits, scale: scale, to: &out)
    }

    /// Digits with a point `scale` places from the right (zero-padded: "5", 2 → "0.05").
    static func appendFixedPoint(_ digits: [UInt8], scale: Int, to out: inout [UInt8]) {
        guard scale > 0 else { out.append(contentsOf: digits); return }
        var d = digits
        if d.count <= scale { d.insert(contentsOf: repeatElement(0x30, count: scale - d.count + 1), at: 0) }
        out.append(contentsOf: d[0..<(d.count - scale)])
        out.append(0x2E)
        out.append(contentsOf: d[(d.count - scale)...])
    }

    /// `HH:MM:SS`, plus `.ffffff` when there are microseconds.
    static func appendTime(micros v: Int64, to out: inout [UInt8]) {
        let perDay: Int64 = 86_400_000_000
        var m = v % perDay
        if m < 0 { m += perDay }
        let secs = m / 1_000_000, frac = m % 1_000_000
        func two(_ x: Int64) { out.append(0x30 + UInt8(x / 10)); out.append(0x30 + UInt8(x % 10)) }
        two(secs / 3600); out.append(0x3A); two(secs / 60 % 60); out.append(0x3A); two(secs % 60)
        if frac != 0 {
            out.append(0x2E)
            let s = String(frac)
            out.append(contentsOf: repeatElement(0x30, count: 6 - s.utf8.count))
            out.append(contentsOf: s.utf8)
        }
    }
}
