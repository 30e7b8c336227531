/// A column of UTF-8 strings: all bytes in one buffer plus `count + 1` offsets.
/// Hot loops append and read bytes; no Swift `String` is built per cell.
public struct StringBuffer: Sendable, Equatable {
    public private(set) var bytes: [UInt8]
    /// `offsets[i] ..< offsets[i + 1]` are the bytes of row `i`.
    public private(set) var offsets: [Int]

    public init(estimatedRows: Int = 0, estimatedBytes: Int = 0) {
        bytes = []
        bytes.reserveCapacity(estimatedBytes)
        offsets = [0]
        offsets.reserveCapacity(estimatedRows + 1)
    }

    public init(_ values: [String]) {
        self.init(estimatedRows: values.count)
        for v in values { append(v) }
    }

    public var count: Int { offsets.count - 1 }

    @inline(__always)
    public mutating func append(_ value: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: value)
        offsets.append(bytes.count)
    }

    public mutating func append(_ value: String) {
        bytes.append(contentsOf: value.utf8)
        offsets.append(bytes.count)
    }

    /// Appends an empty value (used for null slots).
    @inline(__always)
    public mutating func appendEmpty() { offsets.append(bytes.count) }

    /// Appends bytes to the value being built; finish it with `endValue()`.
    @inline(__always)
    public mutating func appendPartial(_ value: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: value) }
    @inline(__always)
    public mutating func appendPartial(byte: UInt8) { bytes.append(byte) }
    @inline(__always)
    public mutating func endValue() { offsets.append(bytes.count) }

    public func byteCount(at i: Int) -> Int { offsets[i + 1] - offsets[i] }

    /// Calls `body` with the bytes of row `i`.
    @inline(__always)
    public func withBytes<R>(at i: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let start = offsets[i], end = offsets[i + 1]
        return try bytes.withUnsafeBufferPointer { all in
            try body(UnsafeBufferPointer(rebasing: all[start..<end]))
        }
    }

    public subscript(i: Int) -> String {
        String(decoding: bytes[offsets[i]..<offsets[i + 1]], as: UTF8.self)
    }
}
