/// One bit per row: 1 = the row holds a value, 0 = null.
public struct ValidityBitmap: Sendable, Equatable {
    // Storage visible to inlined code: the per-row accessors below are inlined into other
    // modules' hot loops (gathers, joins) instead of being calls.
    @usableFromInline var storage: [UInt64]
    @usableFromInline var length: Int
    public var words: [UInt64] { storage }
    public var count: Int { length }

    public init() { storage = []; length = 0 }

    public init(repeating valid: Bool, count: Int) {
        length = count
        storage = [UInt64](repeating: valid ? ~0 : 0, count: (count + 63) >> 6)
        // Bits past `length` stay zero so that equal bitmaps compare equal.
        if valid && length & 63 != 0 { storage[storage.count - 1] = (1 << UInt64(length & 63)) - 1 }
    }

    @inlinable
    public mutating func reserveCapacity(_ n: Int) { storage.reserveCapacity((n + 63) >> 6) }

    @inlinable @inline(__always)
    public mutating func append(_ valid: Bool) {
        if length & 63 == 0 { storage.append(0) }
        if valid { storage[length >> 6] |= 1 << UInt64(length & 63) }
        length += 1
    }

    @inlinable @inline(__always)
    public subscript(i: Int) -> Bool {
        get { storage[i >> 6] >> UInt64(i & 63) & 1 == 1 }
        set {
            if newValue { storage[i >> 6] |= 1 << UInt64(i & 63) } else { storage[i >> 6] &= ~(1 << UInt64(i & 63)) }
        }
    }

    /// Number of null rows.
    public var nullCount: Int {
        var valid = 0
        for (k, w) in storage.enumerated() {
            let bitsInWord = min(64, length - k * 64)
            let mask: UInt64 = bitsInWord == 64 ? ~0 : (1 << UInt64(bitsInWord)) - 1
            valid += (w & mask).nonzeroBitCount
        }
        return length - valid
    }
}
