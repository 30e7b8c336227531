/// The time part of a timestamp: `H:MM` or `HH:MM[:SS[.fraction]]`, an optional
/// AM/PM marker and an optional zone (`Z`, `±HH:MM`, `±HHMM`, `±HH`).
enum TimeText {
    static let microsPerSecond: Int64 = 1_000_000
    static let microsPerMinute: Int64 = 60_000_000
    static let microsPerHour: Int64 = 3_600_000_000
    static let microsPerDay: Int64 = 86_400_000_000

    /// Scans `b[start..<end]`, which begins right after the date (with the ' ' or 'T'),
    /// and must end with the time. Returns microseconds to add to the date's midnight
    /// to get UTC (or local time when no zone is given).
    @inline(__always)
    static func scan(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int64? {
        var i = start
        guard i < end, b[i] == 0x20 || b[i] == 0x54 else { return nil }   // ' ' or 'T'
        i += 1
        // Hour: one or two digits.
        guard i < end, digitValue(b[i]) <= 9 else { return nil }
        var hour = Int64(digitValue(b[i])); i += 1
        if i < end && digitValue(b[i]) <= 9 { hour = hour * 10 + Int64(digitValue(b[i])); i += 1 }
        guard i < end, b[i] == 0x3A else { return nil }                     // ':'
        guard let minute = twoDigits(b, i + 1, end), minute <= 59 else { return nil }
        i += 3
        var second: Int64 = 0, micros: Int64 = 0
        if i < end && b[i] == 0x3A {
            guard let s = twoDigits(b, i + 1, end), s <= 59 else { return nil }
            second = s; i += 3
            if i < end && b[i] == 0x2E {                                      // '.' fraction
                i += 1
                let fracStart = i
                var scaleLeft: Int64 = 100_000
                while i < end, digitValue(b[i]) <= 9 {
                    guard i - fracStart < 9 else { return nil }
                    if i - fracStart < 6 { micros += Int64(digitValue(b[i])) * scaleLeft; scaleLeft /= 10 }
                    i += 1
                }
                guard i > fracStart else { return nil }
            }
        }
        // AM / PM, optionally after one space.
        var j = i
        if j < end && b[j] == 0x20 { j += 1 }
        if j + 1 < end, b[j + 1] | 0x20 == 0x6D {                            // 'm'
            let ap = b[j] | 0x20
            if ap == 0x61 || ap == 0x70 {                                     // 'a' or 'p'
                guard hour >= 1 && hour <= 12 else { return nil }
                if hour == 12 { hour = 0 }
                if ap == 0x70 { hour += 12 }
                i = j + 2
            }
        }
        guard hour <= 23 else { return nil }
        var total = hour * microsPerHour + minute * microsPerMinute + second * microsPerSecond + micros
        // Zone, optionally after one space.
        guard i < end else { return total }
        if b[i] == 0x20 { i += 1; guard i < end else { return nil } }
        let z = b[i]
        if z == 0x5A {                                                        // 'Z'
            return i + 1 == end ? total : nil
        }
        guard z == 0x2B || z == 0x2D, let zh = twoDigits(b, i + 1, end), zh <= 23 else { return nil }
        i += 3
        var zm: Int64 = 0
        if i < end {
            if b[i] == 0x3A { i += 1 }
            guard let m = twoDigits(b, i, end), m <= 59 else { return nil }
            zm = m; i += 2
        }
        guard i == end else { return nil }
        let offset = zh * microsPerHour + zm * microsPerMinute
        total += z == 0x2B ? -offset : offset
        return total
    }

    /// Exactly two digits at `i`.
    @inline(__always)
    private static func twoDigits(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int64? {
        guard i + 1 < end else { return nil }
        let d0 = digitValue(b[i]), d1 = digitValue(b[i + 1])
        guard d0 <= 9, d1 <= 9 else { return nil }
        return Int64(d0) * 10 + Int64(d1)
    }
}
