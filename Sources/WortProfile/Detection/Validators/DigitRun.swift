/// A value made of digit groups with separators, as numbers are written: "4111 1111 1111
/// 1111", "078-05-1120", "(212) 555.0100", "+82 10-1234-5678". Parsed once, then
/// checked by each number detector without building strings or allocating.
struct DigitRun {
    /// Number of digits.
    var count = 0
    /// The first 32 digits, 4 bits each, digit k at bits 4k of `nibbles.0` (k < 16) or
    /// `nibbles.1`: reading digit k is a shift, not a division.
    var nibbles: (UInt64, UInt64) = (0, 0)
    /// Digit count of each group, 5 bits each, first group lowest; at most 12 groups.
    var packedGroups: UInt64 = 0
    var groupCount = 0
    /// Which separators occur: bit 0 space, 1 '-', 2 '.', 3 '/'.
    var separators: UInt8 = 0
    /// A leading '+' (international phone form).
    var plus = false
    /// Parentheses around the first group.
    var parenthesized = false

    static let space: UInt8 = 1, dash: UInt8 = 2, dot: UInt8 = 4, slash: UInt8 = 8

    /// Nil unless `b` is digits with single separators between groups (a leading '+'
    /// and, with `allowParens`, one "(...)" first group).
    init?(_ b: Bytes, allowParens: Bool = false) {
        // The state lives in locals (registers) and is stored once at the end: updating
        // `self`'s fields per byte kept them in memory.
        let n = b.count
        guard n > 0, n <= 40 else { return nil }
        var i = 0
        var plus = false, parenthesized = false, inParen = false, afterSep = false
        var count = 0, group = 0, groupCount = 0
        var lo: UInt64 = 0, hi: UInt64 = 0, packed: UInt64 = 0
        var separators: UInt8 = 0
        if b[0] == 0x2B { plus = true; i = 1 }
        while i < n {
            let c = b[i]
            let d = c &- 0x30
            if d < 10 {
                // Masking shifts (&<<): Swift's plain << checks for shifts past 63.
                if count < 16 { lo |= UInt64(d) &<< UInt64(count &<< 2) }
                else if count < 32 { hi |= UInt64(d) &<< UInt64((count &- 16) &<< 2) }
                count &+= 1; group &+= 1; afterSep = false
                i &+= 1
                continue
            }
            var sep: UInt8 = 0
            var closing = false
            switch c {
            case 0x20: sep = DigitRun.space
            case 0x2D: sep = DigitRun.dash
            case 0x2E: sep = DigitRun.dot
            case 0x2F: sep = DigitRun.slash
            case 0x28 where allowParens && count == 0 && !parenthesized:
                inParen = true; parenthesized = true; i += 1; continue
            case 0x29 where inParen && group > 0:
                closing = true
            default: return nil
            }
            if closing {
                inParen = false
            } else if afterSep || inParen || group == 0 {
                return nil
            }
            guard groupCount < 12, group < 32 else { return nil }
            packed |= UInt64(group) &<< UInt64(5 &* groupCount)
            groupCount += 1
            separators |= sep
            group = 0
            afterSep = true
            i += 1
            // "(212) 555" or "(212)555"
            if closing && i < n && (b[i] == 0x20 || b[i] == 0x2D) { separators |= b[i] == 0x20 ? DigitRun.space : DigitRun.dash; i += 1 }
        }
        if inParen || count == 0 { return nil }
        if group > 0 {
            guard groupCount < 12, group < 32 else { return nil }
            packed |= UInt64(group) &<< UInt64(5 &* groupCount)
            groupCount += 1
        } else if afterSep && b[n - 1] != 0x29 {
            return nil
        }
        self.count = count
        self.nibbles = (lo, hi)
        self.packedGroups = packed
        self.groupCount = groupCount
        self.separators = separators
        self.plus = plus
        self.parenthesized = parenthesized
    }

    /// Digit count of group `k`.
    @inline(__always) func group(_ k: Int) -> Int { Int((packedGroups &>> UInt64(5 &* k)) & 31) }

    /// The groups have exactly these digit counts.
    func groupsAre(_ g0: Int, _ g1: Int = 0, _ g2: Int = 0, _ g3: Int = 0, _ g4: Int = 0) -> Bool {
        var p = UInt64(g0), n = 1
        if g1 > 0 { p |= UInt64(g1) << 5; n = 2 }
        if g2 > 0 { p |= UInt64(g2) << 10; n = 3 }
        if g3 > 0 { p |= UInt64(g3) << 15; n = 4 }
        if g4 > 0 { p |= UInt64(g4) << 20; n = 5 }
        return n == groupCount && p == packedGroups
    }

    /// The first `k` digits (all when there are fewer) as a number.
    @inline(__always) func prefix(_ k: Int) -> Int { number(0, min(k, count)) }

    /// Digit `k` (0-based from the left) of the first 32.
    @inline(__always) func digit(_ k: Int) -> Int {
        k < 16 ? Int((nibbles.0 &>> UInt64(k &<< 2)) & 15) : Int((nibbles.1 &>> UInt64((k &- 16) &<< 2)) & 15)
    }

    /// Digits `from ..< to` as a number.
    @inline(__always) func number(_ from: Int, _ to: Int) -> Int {
        var n = 0
        for k in from..<to { n = n * 10 + digit(k) }
        return n
    }

    /// No separators, no '+', no parentheses.
    var isPlain: Bool { groupCount == 1 && !plus && !parenthesized }
    /// One kind of separator at most ("123-45 6789" is not how numbers are written).
    var consistentSeparators: Bool { separators.nonzeroBitCount <= 1 }

    /// Every digit equals the first ("0000000000", "1111-1111-..."): placeholders, not data.
    var allSameDigit: Bool {
        guard count > 1, count <= 32 else { return false }
        let d = digit(0)
        for k in 1..<count where digit(k) != d { return false }
        return true
    }
}
