/// One column of a batch seen as text through raw pointers, valid only inside
/// `withTextViews`. Writers that go row by row use it so that reading a cell costs no
/// reference counting (copying a `Column` per cell retains every array it holds).
public struct ColumnTextView {
    @usableFromInline let owned: UnsafePointer<UInt8>
    @usableFromInline let shared: UnsafePointer<UInt8>
    @usableFromInline let starts: UnsafePointer<Int>
    @usableFromInline let ends: UnsafePointer<Int>
    @usableFromInline let validWords: UnsafePointer<UInt64>
    /// Bytes of all values of the column.
    public let totalBytes: Int

    @inlinable @inline(__always)
    public func isNull(_ row: Int) -> Bool { validWords[row >> 6] >> UInt64(row & 63) & 1 == 0 }

    @inlinable @inline(__always)
    public func text(_ row: Int) -> UnsafeBufferPointer<UInt8> {
        let s = starts[row], e = ends[row]
        return s >= 0
            ? UnsafeBufferPointer(start: owned + s, count: e - s)
            : UnsafeBufferPointer(start: shared + ~s, count: e - ~s)
    }
}

extension Column {
    /// The column as text: strings as they are, other types in canonical form, invalid
    /// cells with their original text. Null rows are empty and unset in the bitmap.
    public func textBuffer() -> (StringBuffer, ValidityBitmap) {
        if case .string(let s) = values { return (s, validity) }
        // Formatted straight into one byte array: no per-row copy through a scratch value.
        var owned: [UInt8] = []
        owned.reserveCapacity(count * 12)
        var starts: [Int] = [], ends: [Int] = []
        starts.reserveCapacity(count); ends.reserveCapacity(count)
        var valid = ValidityBitmap()
        valid.reserveCapacity(count)
        for r in 0..<count {
            starts.append(owned.count)
            valid.append(appendText(row: r, to: &owned))
            ends.append(owned.count)
        }
        let out = StringBuffer(owned: owned, shared: [], starts: starts, ends: ends)
        return (out, valid)
    }
}

// Stand-ins for the storage of empty arrays; nothing is ever read through them.
private nonisolated(unsafe) let noBytes = UnsafePointer(UnsafeMutablePointer<UInt8>.allocate(capacity: 1))
private nonisolated(unsafe) let noInts = UnsafePointer(UnsafeMutablePointer<Int>.allocate(capacity: 1))
private nonisolated(unsafe) let noWords = UnsafePointer(UnsafeMutablePointer<UInt64>.allocate(capacity: 1))

extension Table {
    /// Calls `body` with a text view of every column.
    public func withTextViews<R>(_ body: ([ColumnTextView]) throws -> R) rethrows -> R {
        let texts = columns.map { $0.textBuffer() }
        var views: [ColumnTextView] = []
        views.reserveCapacity(texts.count)
        func nest(_ k: Int) throws -> R {
            if k == texts.count { return try body(views) }
            return try texts[k].0.withStorage { owned, shared, starts, ends in
                try texts[k].1.words.withUnsafeBufferPointer { w in
                    views.append(ColumnTextView(owned: owned ?? noBytes, shared: shared ?? noBytes,
                                                starts: starts ?? noInts, ends: ends ?? noInts,
                                                validWords: w.baseAddress ?? noWords, totalBytes: texts[k].0.totalBytes))
                    return try nest(k + 1)
                }
            }
        }
        return try nest(0)
    }
}
