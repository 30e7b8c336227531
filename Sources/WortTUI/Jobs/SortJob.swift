import WortCore

/// Orders the rows by one column without moving any data: the result is a permutation
/// of row numbers. Nulls (and invalid cells, which are null in the values) go last.
public enum SortJob {
    public static func run(_ request: SortRequest, cancel: CancelFlag,
                           progress: (Double?) -> Void) throws -> [Int32] {
        let store = request.store
        let n = store.rowCount
        // An order-preserving 64-bit key per row. Strings keep their first 16 bytes in two
        // keys, and their length, and compare in full only when longer and alike in those.
        var keys = [UInt64](repeating: 0, count: n)
        var keys2: [UInt64] = []
        var lengths: [Int32] = []
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
                if !isString {
                    isString = true
                    keys2 = [UInt64](repeating: 0, count: n)
                    lengths = [Int32](repeating: 0, count: n)
                }
                for r in 0..<s.count {
                    let (k1, k2, len) = s.withBytes(at: r) { ($0.count > 0 ? prefixKey($0, from: 0) : 0, prefixKey($0, from: 8), $0.count) }
                    keys[base + r] = k1
                    keys2[base + r] = k2
                    lengths[base + r] = Int32(clamping: len)
                }
            }
            base += batch.rowCount
            progress(0.5 * Double(b + 1) / Double(max(1, store.batches.count)))
        }
        var rows = (0..<n).map { Int32($0) }
        let descending = request.descending, column = request.column
        let k1 = keys, k2 = keys2, lens = lengths, nulls = isNull, strings = isString
        var comparisons = 0
        // Plain buffers in the comparator: it runs some hundred million times on big files.
        try k1.withUnsafeBufferPointer { p1 in
            try k2.withUnsafeBufferPointer { p2 in
                try lens.withUnsafeBufferPointer { pl in
                    try nulls.withUnsafeBufferPointer { pn in
                        /// Ascending order of two non-null rows: -1, 0 or 1.
                        func order(_ a: Int, _ b: Int) -> Int {
                            if p1[a] != p1[b] { return p1[a] < p1[b] ? -1 : 1 }
                            guard strings else { return 0 }
                            if p2[a] != p2[b] { return p2[a] < p2[b] ? -1 : 1 }
                            // Equal in their first 16 bytes: when both are that short, the
                            // shorter is first (or they are equal); else compare the rest.
                            if pl[a] <= 16 && pl[b] <= 16 { return pl[a] == pl[b] ? 0 : (pl[a] < pl[b] ? -1 : 1) }
                            return compareText(store, a, b, column: column)
                        }
                        try rows.sort { a, b in
                            comparisons &+= 1
                            if comparisons & 0xFFFFF == 0 && cancel.isCancelled { throw JobCancelled() }
                            let ia = Int(a), ib = Int(b)
                            if pn[ia] != pn[ib] { return pn[ib] }      // values before nulls
                            if pn[ia] { return a < b }
                            let o = order(ia, ib)
                            if o != 0 { return descending ? o > 0 : o < 0 }
                            return a < b                                 // ties keep file order
                        }
                    }
                }
            }
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
