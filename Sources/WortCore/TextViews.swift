/// One column of a batch seen as text through raw pointers, valid only inside
/// `withTextViews`. Writers that go row by row use it so that reading a cell costs no
/// reference counting (copying a `Column` per cell retains every array it holds).
public struct ColumnTextView {
    let bytes: UnsafePointer<UInt8>
    let offsets: UnsafePointer<Int>
    let validWords: UnsafePointer<UInt64>

    /// Bytes of rows `0..<rows` together.
    public func byteCount(rows: Int) -> Int { offsets[rows] - offsets[0] }

    @inline(__always)
    public func isNull(_ row: Int) -> Bool { validWords[row >> 6] >> UInt64(row & 63) & 1 == 0 }

    @inline(__always)
    public func text(_ row: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: bytes + offsets[row], count: offsets[row + 1] - offsets[row])
    }
}

extension Column {
    /// The column as text: strings as they are, other types in canonical form, invalid
    /// cells with their original text. Null rows are empty and unset in the bitmap.
    public func textBuffer() -> (StringBuffer, ValidityBitmap) {
        if case .string(let s) = values { return (s, validity) }
        var out = StringBuffer(estimatedRows: count, estimatedBytes: count * 10)
        var valid = ValidityBitmap()
        valid.reserveCapacity(count)
        var scratch: [UInt8] = []
        for r in 0..<count {
            scratch.removeAll(keepingCapacity: true)
            let has = appendText(row: r, to: &scratch)
            scratch.withUnsafeBufferPointer { out.append($0) }
            valid.append(has)
        }
        return (out, valid)
    }
}

private nonisolated(unsafe) let noStorage = UnsafePointer(UnsafeMutablePointer<UInt8>.allocate(capacity: 1))
private nonisolated(unsafe) let noWords = UnsafeMutablePointer<UInt64>.allocate(capacity: 1)

extension Table {
    /// Calls `body` with a text view of every column.
    public func withTextViews<R>(_ body: ([ColumnTextView]) throws -> R) rethrows -> R {
        let padded = columns.map { c in
            let (s, v) = c.textBuffer()
            return (bytes: s.bytes, offsets: s.offsets, words: v.words)
        }
        var views: [ColumnTextView] = []
        views.reserveCapacity(padded.count)
        func nest(_ k: Int) throws -> R {
            if k == padded.count { return try body(views) }
            return try padded[k].bytes.withUnsafeBufferPointer { b in
                try padded[k].offsets.withUnsafeBufferPointer { o in
                    try padded[k].words.withUnsafeBufferPointer { w in
                        // Empty arrays may have no storage; nothing is read through these pointers then.
                        views.append(ColumnTextView(bytes: b.baseAddress ?? noStorage, offsets: o.baseAddress!,
                                                    validWords: w.baseAddress.map(UnsafePointer.init) ?? UnsafePointer(noWords)))
                        return try nest(k + 1)
                    }
                }
            }
        }
        return try nest(0)
    }
}
