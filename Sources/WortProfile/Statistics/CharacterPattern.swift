/// A value's shape by character class, as data-quality tools show it: `A` an ASCII
/// capital, `a` an ASCII small letter, `9` a digit, `u` any non-ASCII character, every
/// other character as itself ("617-82-2587" -> "999-99-9999"). Long values are cut at
/// `maxLength` characters with a final "…", so that free text does not make a pattern
/// per row.
enum CharacterPattern {
    static let maxLength = 32

    static func write(_ b: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        out.removeAll(keepingCapacity: true)
        var chars = 0
        var i = 0
        while i < b.count {
            let c = b[i]
            if chars == maxLength { out.append(contentsOf: [0xE2, 0x80, 0xA6]); return }
            if c < 0x80 {
                switch c {
                case 0x41...0x5A: out.append(0x41)
                case 0x61...0x7A: out.append(0x61)
                case 0x30...0x39: out.append(0x39)
                default: out.append(c)
                }
                i += 1
            } else {
                out.append(0x75)
                i += 1
                while i < b.count && b[i] & 0xC0 == 0x80 { i += 1 }
            }
            chars += 1
        }
    }

    /// Characters (Unicode scalars) of UTF-8 text.
    @inline(__always)
    static func characterCount(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        var n = 0
        for c in b where c & 0xC0 != 0x80 { n += 1 }
        return n
    }
}
