/// EMAIL: local@domain, as addresses are written in data (RFC 5322's dot-atom form,
/// plus-addressing and subdomains included; quoted local parts and IP-literal domains
/// are not data people store).
enum EmailDetector {
    static func possible(_ s: ValueShape) -> Bool { s.has(ValueShape.Mark.at) && s.has(ValueShape.Mark.dot) && s.length >= 6 && s.length <= 254 && !s.has(ValueShape.Mark.space) }

    static func match(_ b: Bytes) -> UInt8 {
        // Local part up to the '@' in one pass: atext characters and single dots, not at
        // either end.
        let t = emailByteClasses
        var prev: UInt8 = 0x2E
        var k = 0
        let n = b.count
        while k < n {
            let c = b[k]
            if c == 0x40 { break }
            if t[Int(c)] & EmailClass.local == 0 { return Match.none }
            if c == 0x2E && prev == 0x2E { return Match.none }
            prev = c
            k &+= 1
        }
        guard k > 0, k <= 64, k < n - 3, prev != 0x2E else { return Match.none }
        return isDomain(b.slice(k + 1, n)) ? Match.strong : Match.none
    }

    /// Labels of letters, digits and inner hyphens joined by dots; at least two labels;
    /// the last (the top-level domain) letters only, 2+ long.
    static func isDomain(_ d: Bytes) -> Bool {
        guard d.count >= 4, d.count <= 253 else { return false }
        let t = emailByteClasses
        var labelLen = 0, labels = 0, tldLetters = true
        var prev: UInt8 = 0x2E
        for c in d {
            let f = t[Int(c)]
            if c == 0x2E {
                if labelLen == 0 || prev == 0x2D { return false }
                labels &+= 1; labelLen = 0; tldLetters = true
            } else if f & EmailClass.domain != 0 {
                if labelLen == 0 && c == 0x2D { return false }
                labelLen &+= 1
                if labelLen > 63 { return false }
                if f & EmailClass.notTLD != 0 { tldLetters = false }
            } else { return false }
            prev = c
        }
        return labelLen >= 2 && prev != 0x2D && labels >= 1 && tldLetters
    }
}

/// Byte classes of email addresses, as flag bits.
enum EmailClass {
    /// Allowed in a local part: letters, digits, non-ASCII, '.', and
    /// ! # $ % & ' * + - / = ? ^ _ ` { | } ~
    static let local: UInt8 = 1
    /// Allowed in a domain label: letters, digits, '-', non-ASCII.
    static let domain: UInt8 = 2
    /// ASCII but not a letter: cannot be in a top-level domain.
    static let notTLD: UInt8 = 4
}

/// The table of `EmailClass` flags per byte (a global pointer: no retain per use).
nonisolated(unsafe) let emailByteClasses: UnsafePointer<UInt8> = {
    let t = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
    for c in 0..<256 {
        let b = UInt8(c)
        var f: UInt8 = 0
        if isAlnum(b) || b >= 0x80 || b == 0x2E || "!#$%&'*+-/=?^_`{|}~".utf8.contains(b) { f |= EmailClass.local }
        if isAlnum(b) || b == 0x2D || b >= 0x80 { f |= EmailClass.domain }
        if b < 0x80 && !isAlpha(b) { f |= EmailClass.notTLD }
        t[c] = f
    }
    return UnsafePointer(t)
}()
