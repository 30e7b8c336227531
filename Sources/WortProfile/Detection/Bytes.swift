// Byte-level helpers shared by the detectors. Values are UTF-8 bytes; every check here
// is on ASCII, and any byte >= 0x80 is "other" (part of a non-ASCII character).

typealias Bytes = UnsafeBufferPointer<UInt8>

@inline(__always) func isDigit(_ c: UInt8) -> Bool { c &- 0x30 < 10 }
@inline(__always) func isUpper(_ c: UInt8) -> Bool { c &- 0x41 < 26 }
@inline(__always) func isLower(_ c: UInt8) -> Bool { c &- 0x61 < 26 }
@inline(__always) func isAlpha(_ c: UInt8) -> Bool { (c | 0x20) &- 0x61 < 26 }
@inline(__always) func isAlnum(_ c: UInt8) -> Bool { isDigit(c) || isAlpha(c) }
@inline(__always) func isHex(_ c: UInt8) -> Bool { isDigit(c) || (c | 0x20) &- 0x61 < 6 }
@inline(__always) func hexValue(_ c: UInt8) -> Int {
    isDigit(c) ? Int(c - 0x30) : Int((c | 0x20) - 0x61 + 10)
}
@inline(__always) func lowerASCII(_ c: UInt8) -> UInt8 { isUpper(c) ? c | 0x20 : c }
@inline(__always) func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }

extension UnsafeBufferPointer where Element == UInt8 {
    /// Without leading and trailing ASCII whitespace.
    @inline(__always) func trimmed() -> Bytes {
        var lo = 0, hi = count
        while lo < hi && isSpace(self[lo]) { lo += 1 }
        while hi > lo && isSpace(self[hi - 1]) { hi -= 1 }
        return Bytes(rebasing: self[lo..<hi])
    }

    @inline(__always) func slice(_ lo: Int, _ hi: Int) -> Bytes { Bytes(rebasing: self[lo..<hi]) }

    /// Case-insensitive ASCII comparison of the bytes at `at` with `lowerASCIIWord`.
    func hasWord(_ lowerASCIIWord: StaticString, at: Int) -> Bool {
        let n = lowerASCIIWord.utf8CodeUnitCount
        guard at >= 0, at + n <= count else { return false }
        let w = lowerASCIIWord.utf8Start
        for k in 0..<n where lowerASCII(self[at + k]) != w[k] { return false }
        return true
    }

    func equalsIgnoringCase(_ lowerASCIIWord: StaticString) -> Bool {
        count == lowerASCIIWord.utf8CodeUnitCount && hasWord(lowerASCIIWord, at: 0)
    }

    /// The lowercased ASCII text (non-ASCII bytes kept), for set lookups of short words.
    func lowercasedString() -> String {
        String(unsafeUninitializedCapacity: count) { out in
            for k in 0..<count { out[k] = lowerASCII(self[k]) }
            return count
        }
    }
}

/// Runs `body` with the UTF-8 bytes of `s`.
func withBytes<R>(of s: String, _ body: (Bytes) -> R) -> R {
    var s = s
    return s.withUTF8 { body($0) }
}
