import WortCore

/// Orders the rows by one column without moving any data: the result is a permutation
/// of row numbers. Nulls (and invalid cells, which are null in the values) go last.
public enum SortJob {
    public static func run(_ request: SortRequest, cancel: CancelFlag,
                           progress: (Double?) -> Void) throws -> [Int32] {
        let store = request.store
        let n = store.rowCount
        // An order-preserving 64-bit key per row; strings keep their first 8 bytes and
        // compare in full only when those tie.
        var keys = [UInt64](repeating: 0, count: n)
        // Strings: bytes 8–15 too, so that only values alike in their first 16 bytes
        // need the full comparison (names and emails often share 8).
        var keys2: [UInt64] = []
        var isNull = [Bool](repeating: false, count: n)
        var isString = false
        var base = 0
        for (b, batch) in store.batches.enumerated() {
            if cancel.isCancelled { throw JobCancelled() }
            let column = batch.columns[request.column]
            for r in 0..<batch.rowCount where column.isNull(r) { isNull[base + r] = true }
            switch column.values {
            case .int64(let v), .decimal(let v), .timestamp(let v):
                for r in 0..<v.count { keys[base + r] = UInt64(bitPattern: v[r]) ^ (1 << 63) }
            case .date(let v):
                for r in 0..<v.count { keys[base + r] = UInt64(UInt32(bitPattern: v[r]) ^ (1 << 31)) }
            case .double(let v):
                for r in 0..<v.count {
                    let bits = v[r].bitPattern
                    keys[base + r] = bits >> 63 == 1 ? ~bits : bits | (1 << 63)
                }
            case .bool(let v):
                for r in 0..<v.count { keys[base + r] = v[r] ? 1 : 0 }
            case .string(let s):
                if !isString { isString = true; keys2 = [UInt64](repeating: 0, count: n) }
                for r in 0..<s.count {
                    s.withBytes(at: r) { bytes in
                        keys[base + r] = prefixKey(bytes, from: 0)
                        keys2[base + r] = prefixKey(bytes, from: 8)
                    }
                }
            }
            base += batch.rowCount
            progress(0.5 * Double(b + 1) / Double(max(1, store.batches.count)))
        }
        var rows = (0..<n).map { Int32($0) }
        let descending = request.descending
        var comparisons = 0
        try rows.sort { a, b in
            comparisons += 1
            if comparisons & 0xFFFFF == 0 && cancel.isCancelled { throw JobCancelled() }
            let ia = Int(a), ib = Int(b)
            if isNull[ia] != isNull[ib] { return !isNull[ia] }
            if isNull[ia] { return a < b }
            var ka = keys[ia], kb = keys[ib]
            if ka == kb && isString {
                ka = keys2[ia]; kb = keys2[ib]
                if ka != kb {
                    if descending { swap(&ka, &kb) }
                    return ka < kb
                }
                let order = compareText(store, ia, ib, column: request.column)
                if order != 0 { return descending ? order > 0 : order < 0 }
                return a < b
            }
            if descending { swap(&ka, &kb) }
            return ka == kb ? a < b : ka < kb
        }
        return rows
    }

    @inline(__always)
    static func prefixKey(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> UInt64 {
        var k: UInt64 = 0
        for i in start..<(start + 8) { k = k << 8 | UInt64(i < bytes.count ? bytes[i] : 0) }
        return k
    }

    /// Byte order of two strings (UTF-8 byte order is code point order).
    static func compareText(_ store: RowStore, _ a: Int, _ b: Int, column: Int) -> Int {
        let (ba, ra) = store.locate(a), (bb, rb) = store.locate(b)
        guard case .string(let sa) = store.batches[ba].columns[column].values,
              case .string(let sb) = store.batches[bb].columns[column].values else { return 0 }
        return sa.withBytes(at: ra) { x in
            sb.withBytes(at: rb) { y in
                let m = min(x.count, y.count)
                for i in 0..<m where x[i] != y[i] { return x[i] < y[i] ? -1 : 1 }
                return x.count == y.count ? 0 : (x.count < y.count ? -1 : 1)
            }
        }
    }
}
