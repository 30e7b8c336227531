/// Texts that mean "no value". Matched against the value with ASCII spaces trimmed.
public struct NullTokens: Sendable, Equatable {
    public let tokens: [[UInt8]]
    @usableFromInline let matchesEmpty: Bool
    /// Bit `b` set when some token starts with byte `b` (for a quick "cannot be null").
    @usableFromInline let firstBytes: (UInt64, UInt64, UInt64, UInt64)

    /// Empty, NULL, null, NA, N/A.
    public static let `default` = NullTokens(["", "NULL", "null", "NA", "N/A"])
    /// Nothing is null: every text is a value (`--all-strings`).
    public static let none = NullTokens([])

    public init(_ tokens: [String]) {
        self.tokens = tokens.map { Array($0.utf8) }
        matchesEmpty = tokens.contains("")
        var bits: [UInt64] = [0, 0, 0, 0]
        for t in self.tokens { if let f = t.first { bits[Int(f >> 6)] |= 1 << UInt64(f & 63) } }
        firstBytes = (bits[0], bits[1], bits[2], bits[3])
    }

    public static func == (a: NullTokens, b: NullTokens) -> Bool { a.tokens == b.tokens }

    @inlinable @inline(__always)
    func mayStartWith(_ c: UInt8) -> Bool {
        let word: UInt64 = switch c >> 6 { case 0: firstBytes.0; case 1: firstBytes.1; case 2: firstBytes.2; default: firstBytes.3 }
        return word >> UInt64(c & 63) & 1 == 1
    }

    /// Whether `bytes[trimmed]` (already trimmed of spaces and tabs) is a token.
    @inline(__always)
    func contains(_ bytes: UnsafeBufferPointer<UInt8>, trimmed r: Range<Int>) -> Bool {
        if tokens.isEmpty { return false }
        let n = r.count
        if n == 0 { return matchesEmpty }
        if !mayStartWith(bytes[r.lowerBound]) { return false }
        for t in tokens where t.count == n {
            var same = true
            for k in 0..<n where t[k] != bytes[r.lowerBound + k] { same = false; break }
            if same { return true }
        }
        return false
    }

    /// Whether `bytes` (trimmed of spaces and tabs) is a token. Inlined where it is called:
    /// readers ask it of every field.
    @inlinable @inline(__always)
    public func contains(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // Most values start with a byte no token starts with.
        if let first = bytes.first, first != 0x20, first != 0x09, !mayStartWith(first) { return false }
        if bytes.isEmpty { return matchesEmpty }
        return containsTrimming(bytes)
    }

    @usableFromInline
    func containsTrimming(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if tokens.isEmpty { return false }
        var lo = 0, hi = bytes.count
        while lo < hi && (bytes[lo] == 0x20 || bytes[lo] == 0x09) { lo += 1 }
        while hi > lo && (bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x09) { hi -= 1 }
        let n = hi - lo
        if n == 0 { return matchesEmpty }
        if n > 4 { return tokens.contains { $0.count == n && $0.elementsEqual(bytes[lo..<hi]) } }
        for t in tokens where t.count == n {
            var same = true
            for k in 0..<n where t[k] != bytes[lo + k] { same = false; break }
            if same { return true }
        }
        return false
    }
}
