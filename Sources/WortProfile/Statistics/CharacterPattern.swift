/// A value's shape by character class, as data-quality tools show it: `A` an ASCII
/// capital, `a` an ASCII small letter, `9` a digit, `u` any non-ASCII character, every
/// other character as itself ("617-82-2587" -> "999-99-9999"). Long values are cut at
/// `maxLength` characters with a final "…", so that free text does not make a pattern
/// per row.
enum CharacterPattern {
    static let maxLength = 32

    /// Bytes a pattern can take: `maxLength` one-byte classes and the "…".
    static let maxBytes = maxLength + 3

    /// Class byte of each byte: 0 for UTF-8 continuation bytes (they add no character).
    private static let classes: [UInt8] = (0..<256).map { c -> UInt8 in
        switch c {
        case 0x41...0x5A: 0x41
        case 0x61...0x7A: 0x61
        case 0x30...0x39: 0x39
        case 0x80...0xBF: 0
        case 0xC0...: 0x75
        default: UInt8(c)
        }
    }

    /// Writes the pattern of `b` at `out` (room for `maxBytes`) in one table-driven pass
    /// and returns its byte count and the value's length in characters.
    @inline(__always)
    static func write(_ b: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt8>) -> (bytes: Int, characters: Int) {
        classes.withUnsafeBufferPointer { cls in
            var n = 0, i = 0
            while i < b.count && n < maxLength {
                let k = cls[Int(b[i])]
                if k != 0 { out[n] = k; n += 1 }
                i += 1
            }
            guard i < b.count else { return (n, n) }
            // The rest only counts characters: a loop the compiler vectorizes.
            let rest = characterCount(UnsafeBufferPointer(rebasing: b[i...]))
            guard rest > 0 else { return (n, n) }
            out[maxLength] = 0xE2; out[maxLength + 1] = 0x80; out[maxLength + 2] = 0xA6
            return (maxBytes, n + rest)
        }
    }

    /// Characters (Unicode scalars) of UTF-8 text.
    @inline(__always)
    static func characterCount(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        var n = 0
        for c in b { n &+= Int(truncatingIfNeeded: (c & 0xC0) != 0x80 ? 1 : 0) }
        return n
    }
}
