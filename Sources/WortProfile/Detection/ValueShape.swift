/// What a value is made of, counted in one pass: the prefilter that decides which
/// detectors can possibly match before any of them parses the value. Most values of
/// most columns rule out almost every detector here (a value with no '@' is no email,
/// one without digits is no number, ...).
struct ValueShape {
    var length = 0
    var digits = 0
    var upper = 0
    var lower = 0
    var nonASCII = 0
    /// Presence bits of the `Mark`s below.
    var marks: UInt32 = 0

    enum Mark {
        static let at: UInt32 = 1 << 0, dash: UInt32 = 1 << 1, dot: UInt32 = 1 << 2, colon: UInt32 = 1 << 3
        static let space: UInt32 = 1 << 4, slash: UInt32 = 1 << 5, plus: UInt32 = 1 << 6, paren: UInt32 = 1 << 7
        static let underscore: UInt32 = 1 << 8, comma: UInt32 = 1 << 9, hash: UInt32 = 1 << 10, equals: UInt32 = 1 << 11
        static let apostrophe: UInt32 = 1 << 12, percent: UInt32 = 1 << 13, other: UInt32 = 1 << 14, control: UInt32 = 1 << 15
    }

    @inline(__always)
    init(_ b: Bytes) {
        length = b.count
        let t = valueShapeTable
        for c in b {
            let k = t[Int(c)]
            switch k {
            case 0: digits &+= 1
            case 1: upper &+= 1
            case 2: lower &+= 1
            case 3: nonASCII &+= 1
            default: marks |= 1 &<< UInt32(k &- 4)
            }
        }
    }

    /// The shape of this value followed directly by `next`'s bytes.
    mutating func append(_ next: ValueShape) {
        length += next.length; digits += next.digits; upper += next.upper; lower += next.lower
        nonASCII += next.nonASCII; marks |= next.marks
    }

    @inline(__always) func has(_ m: UInt32) -> Bool { marks & m != 0 }
    /// Only digits and the given marks.
    @inline(__always) func onlyDigitsAnd(_ allowed: UInt32) -> Bool {
        upper == 0 && lower == 0 && nonASCII == 0 && marks & ~allowed == 0
    }
    var letters: Int { upper + lower }
}

/// Byte -> 0 digit, 1 upper, 2 lower, 3 non-ASCII, 4+k mark bit k. A global pointer
/// rather than a static array: reading it per value costs no retain and release.
nonisolated(unsafe) let valueShapeTable: UnsafePointer<UInt8> = {
    let t = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
    for c in 0..<256 { t[c] = c < 32 ? 4 + 15 : 4 + 14 }
    for c in 0x30...0x39 { t[c] = 0 }
    for c in 0x41...0x5A { t[c] = 1 }
    for c in 0x61...0x7A { t[c] = 2 }
    for c in 0x80...0xFF { t[c] = 3 }
    let marks: [(Character, UInt8)] = [("@", 0), ("-", 1), (".", 2), (":", 3), (" ", 4), ("\t", 4), ("/", 5), ("+", 6),
                                       ("(", 7), (")", 7), ("_", 8), (",", 9), ("#", 10), ("=", 11), ("'", 12), ("%", 13)]
    for (ch, k) in marks { t[Int(ch.asciiValue!)] = 4 + k }
    return UnsafePointer(t)
}()
