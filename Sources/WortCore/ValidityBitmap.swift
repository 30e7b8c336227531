/// One bit per row: 1 = the row holds a value, 0 = null.
public struct ValidityBitmap: Sendable, Equatable {
    public private(set) var words: [UInt64]
    public private(set) var count: Int

    public init() { words = []; count = 0 }

    public init(repeating valid: Bool, count: Int) {
        self.count = count
        words = [UInt64](repeating: valid ? ~0 : 0, count: (count + 63) >> 6)
        // Bits past `count` stay zero so that equal bitmaps compare equal.
        if valid && count & 63 != 0 { words[words.count - 1] = (1 << UInt64(count & 63)) - 1 }
    }

    public mutating func reserveCapacity(_ n: Int) { words.reserveCapacity((n + 63) >> 6) }

    @inline(__always)
    public mutating func append(_ valid: Bool) {
        if count & 63 == 0 { words.append(0) }
        if valid { words[count >> 6] |= 1 << UInt64(count & 63) }
        count += 1
    }

    @inline(__always)
    public subscript(i: Int) -> Bool {
        get { words[i >> 6] >> UInt64(i & 63) & 1 == 1 }
        set {
            if newValue { words[i >> 6] |= 1 << UInt64(i & 63) } else { words[i >> 6] &= ~(1 << UInt64(i & 63)) }
        }
    }

    /// Number of null rows.
    public var nullCount: Int {
        var valid = 0
        for (k, w) in words.enumerated() {
            let bitsInWord = min(64, count - k * 64)
            let mask: UInt64 = bitsInWord == 64 ? ~0 : (1 << UInt64(bitsInWord)) - 1
            valid += (w & mask).nonzeroBitCount
        }
        return count - valid
    }
}
