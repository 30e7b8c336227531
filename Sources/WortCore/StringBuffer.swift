/// A column of UTF-8 strings without a Swift `String` per cell.
///
/// A value is either bytes owned by the buffer, or a view into a shared block of input
/// (the chunk a CSV reader parsed), so that a value read from a file is not copied until
/// something changes it. Row `i` spans `starts[i] ..< ends[i]`: in `owned` when
/// `starts[i] >= 0`, in `shared` at `~starts[i]` otherwise.
public struct StringBuffer: Sendable {
    @usableFromInline var owned: [UInt8]
    @usableFromInline var shared: [UInt8]
    @usableFromInline var starts: [Int]
    @usableFromInline var ends: [Int]
    /// Bytes of all values together.
    @usableFromInline var byteTotal = 0
    public var totalBytes: Int { byteTotal }

    public init(estimatedRows: Int = 0, estimatedBytes: Int = 0) {
        owned = []
        owned.reserveCapacity(estimatedBytes)
        shared = []
        starts = []; starts.reserveCapacity(estimatedRows)
        ends = []; ends.reserveCapacity(estimatedRows)
    }

    public init(_ values: [String]) {
        self.init(estimatedRows: values.count)
        for v in values { append(v) }
    }

    @inlinable public var count: Int { starts.count }

    @inlinable @inline(__always)
    public mutating func append(_ value: UnsafeBufferPointer<UInt8>) {
        starts.append(owned.count)
        owned.append(contentsOf: value)
        ends.append(owned.count)
        byteTotal += value.count
    }

    public mutating func append(_ value: String) {
        starts.append(owned.count)
        owned.append(contentsOf: value.utf8)
        ends.append(owned.count)
        byteTotal += ends[ends.count - 1] - starts[starts.count - 1]
    }

    /// Appends an empty value (used for null slots).
    @inlinable @inline(__always)
    public mutating func appendEmpty() { starts.append(0); ends.append(0) }

    @inlinable
    public func byteCount(at i: Int) -> Int {
        starts[i] >= 0 ? ends[i] - starts[i] : ends[i] - ~starts[i]
    }

    /// Calls `body` with the bytes of row `i`.
    @inlinable @inline(__always)
    public func withBytes<R>(at i: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let s = starts[i], e = ends[i]
        if s >= 0 {
            return try owned.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[s..<e])) }
        }
        return try shared.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[~s..<e])) }
    }

    public subscript(i: Int) -> String {
        withBytes(at: i) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with raw pointers to both byte stores and the spans (for writers).
    public func withStorage<R>(
        _ body: (_ owned: UnsafePointer<UInt8>?, _ shared: UnsafePointer<UInt8>?,
                 _ starts: UnsafePointer<Int>?, _ ends: UnsafePointer<Int>?) throws -> R
    ) rethrows -> R {
        try owned.withUnsafeBufferPointer { o in
            try shared.withUnsafeBufferPointer { sh in
                try starts.withUnsafeBufferPointer { s in
                    try ends.withUnsafeBufferPointer { e in
                        try body(o.baseAddress, sh.baseAddress, s.baseAddress, e.baseAddress)
                    }
                }
            }
        }
    }
}

extension StringBuffer: Equatable {
    /// Equal when the values are, however they are stored.
    public static func == (a: StringBuffer, b: StringBuffer) -> Bool {
        guard a.count == b.count else { return false }
        for i in 0..<a.count {
            let same = a.withBytes(at: i) { x in b.withBytes(at: i) { y in x.elementsEqual(y) } }
            if !same { return false }
        }
        return true
    }
}

extension StringBuffer {
    /// A buffer made at once from spans (see the type's comment for their encoding);
    /// `owned` and `shared` are shared with the caller, not copied.
    public init(owned: [UInt8], shared: [UInt8], starts: [Int], ends: [Int]) {
        precondition(starts.count == ends.count, "starts and ends differ in length")
        self.owned = owned; self.shared = shared; self.starts = starts; self.ends = ends
        var total = 0
        for i in 0..<starts.count { let s = starts[i]; total += ends[i] - (s >= 0 ? s : ~s) }
        byteTotal = total
    }
}
