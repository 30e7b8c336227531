/// Integer and fixed-point parsers over a trimmed byte range.
enum IntegerParsing {
    /// `[+-]digits`, no leading zeros (except "0" itself), fits Int64.
    @inline(__always)
    static func int64(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int64? {
        var i = range.lowerBound
        let end = range.upperBound
        guard i < end else { return nil }
        var negative = false
        if b[i] == 0x2D { negative = true; i += 1 } else if b[i] == 0x2B { i += 1 }
        let count = end - i
        guard count > 0, count <= 19 else { return nil }
        if b[i] == 0x30 && count > 1 { return nil }
        var magnitude: UInt64 = 0
        while i < end {
            let d = digitValue(b[i])
            guard d <= 9 else { return nil }
            magnitude = magnitude &* 10 &+ UInt64(d)   // 19 digits < 2^64: no wrap
            i += 1
        }
        return signed(magnitude, negative: negative)
    }

    /// Applies a sign to a magnitude, nil when the result does not fit Int64.
    @inline(__always)
    static func signed(_ magnitude: UInt64, negative: Bool) -> Int64? {
        if negative {
            guard magnitude <= UInt64(Int64.max) + 1 else { return nil }
            return magnitude == UInt64(Int64.max) + 1 ? Int64.min : -Int64(magnitude)
        }
        guard magnitude <= UInt64(Int64.max) else { return nil }
        return Int64(magnitude)
    }

    /// `[+-]digits[.digits]` (or `.digits`, `digits.`) to an unscaled Int64 with exactly
    /// `scale` fraction digits: shorter fractions are padded, longer ones are rejected.
    static func decimal(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, scale: Int) -> Int64? {
        guard scale >= 0, scale <= 18 else { return nil }
        var i = range.lowerBound
        let end = range.upperBound
        guard i < end else { return nil }
        var negative = false
        if b[i] == 0x2D { negative = true; i += 1 } else if b[i] == 0x2B { i += 1 }
        let intStart = i
        var magnitude: UInt64 = 0
        while i < end, digitValue(b[i]) <= 9 {
            let (m, o1) = magnitude.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(UInt64(digitValue(b[i])))
            guard !o1, !o2 else { return nil }
            magnitude = a
            i += 1
        }
        let intDigits = i - intStart
        if intDigits > 1 && b[intStart] == 0x30 { return nil }
        var fracDigits = 0
        if i < end {
            guard b[i] == 0x2E else { return nil }
            i += 1
            while i < end {
                let d = digitValue(b[i])
                guard d <= 9 else { return nil }
                fracDigits += 1
                guard fracDigits <= scale else { return nil }
                let (m, o1) = magnitude.multipliedReportingOverflow(by: 10)
                let (a, o2) = m.addingReportingOverflow(UInt64(d))
                guard !o1, !o2 else { return nil }
                magnitude = a
                i += 1
            }
        }
        guard intDigits + fracDigits > 0 else { return nil }
        for _ in fracDigits..<scale {
            let (m, o) = magnitude.multipliedReportingOverflow(by: 10)
            guard !o else { return nil }
            magnitude = m
        }
        return signed(magnitude, negative: negative)
    }
}
