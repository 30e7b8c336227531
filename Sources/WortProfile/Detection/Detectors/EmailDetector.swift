/// EMAIL: local@domain, as addresses are written in data (RFC 5322's dot-atom form,
/// plus-addressing and subdomains included; quoted local parts and IP-literal domains
/// are not data people store).
enum EmailDetector {
    static func possible(_ s: ValueShape) -> Bool { s.has(ValueShape.Mark.at) && s.has(ValueShape.Mark.dot) && s.length >= 6 && s.length <= 254 && !s.has(ValueShape.Mark.space) }

    static func match(_ b: Bytes) -> UInt8 {
        // Local part up to the '@' in one pass: atext characters and single dots, not at
        // either end.
        var prev: UInt8 = 0x2E
        var k = 0
        let n = b.count
        while k < n {
            let c = b[k]
            if c == 0x40 { break }
            if c == 0x2E { if prev == 0x2E { return Match.none } }
            else if !(isAlnum(c) || c >= 0x80 || isLocalSpecial(c)) { return Match.none }
            prev = c
            k += 1
        }
        guard k > 0, k <= 64, k < n - 3, prev != 0x2E else { return Match.none }
        return isDomain(b.slice(k + 1, n)) ? Match.strong : Match.none
    }

    /// Characters allowed in a local part besides letters, digits and dots:
    /// ! # $ % & ' * + - / = ? ^ _ ` { | } ~ (a bitmap over ASCII 32...127).
    @inline(__always) private static func isLocalSpecial(_ c: UInt8) -> Bool {
        guard c >= 32, c < 128 else { return false }
        let bits: (UInt64, UInt64) = (0xA000_ACFA_0000_0000, 0x7800_0001_C000_0000)
        let word = c < 64 ? bits.0 : bits.1
        return word &>> UInt64(c & 63) & 1 == 1
    }

    /// Labels of letters, digits and inner hyphens joined by dots; at least two labels;
    /// the last (the top-level domain) letters only, 2+ long.
    static func isDomain(_ d: Bytes) -> Bool {
        guard d.count >= 4, d.count <= 253 else { return false }
        var labelLen = 0, labels = 0, tldLetters = true
        var prev: UInt8 = 0x2E
        for c in d {
            if c == 0x2E {
                if labelLen == 0 || prev == 0x2D { return false }
                labels += 1; labelLen = 0; tldLetters = true
            } else if isAlnum(c) || c == 0x2D || c >= 0x80 {
                if labelLen == 0 && c == 0x2D { return false }
                labelLen += 1
                if labelLen > 63 { return false }
                if !isAlpha(c) && c < 0x80 { tldLetters = false }
            } else { return false }
            prev = c
        }
        return labelLen >= 2 && prev != 0x2D && labels >= 1 && tldLetters
    }
}
