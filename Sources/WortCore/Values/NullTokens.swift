/// Texts that mean "no value". Matched against the value with ASCII spaces trimmed.
public struct NullTokens: Sendable, Equatable {
    public let tokens: [[UInt8]]
    private let matchesEmpty: Bool

    /// Empty, NULL, null, NA, N/A.
    public static let `default` = NullTokens(["", "NULL", "null", "NA", "N/A"])
    /// Nothing is null: every text is a value (`--all-strings`).
    public static let none = NullTokens([])

    public init(_ tokens: [String]) {
        self.tokens = tokens.map { Array($0.utf8) }
        matchesEmpty = tokens.contains("")
    }

    @inline(__always)
    public func contains(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
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
