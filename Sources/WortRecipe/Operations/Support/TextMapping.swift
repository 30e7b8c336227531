import WortCore

/// Building a text column cell by cell from another column's text, the shape most text,
/// cleaning and masking steps share.
public enum TextMapping {
    /// `transform` gets each non-null cell's text (typed values in canonical form, invalid
    /// cells as their original text) and appends the new text to `out`; returning false
    /// makes the cell null. Null cells stay null.
    public static func map(_ column: Column, name: String? = nil,
                           _ transform: (UnsafeBufferPointer<UInt8>, inout [UInt8]) -> Bool) -> Column {
        let n = column.count
        var out = StringBuffer(estimatedRows: n, estimatedBytes: n * 12)
        var valid = ValidityBitmap()
        valid.reserveCapacity(n)
        var scratch: [UInt8] = []
        var result: [UInt8] = []
        let strings: StringBuffer? = { if case .string(let s) = column.values { return s } else { return nil } }()
        for r in 0..<n {
            result.removeAll(keepingCapacity: true)
            var ok: Bool
            if let strings, column.validity[r] {
                ok = strings.withBytes(at: r) { transform($0, &result) }
            } else {
                scratch.removeAll(keepingCapacity: true)
                ok = column.appendText(row: r, to: &scratch)
                if ok { ok = scratch.withUnsafeBufferPointer { transform($0, &result) } }
            }
            if ok { result.withUnsafeBufferPointer { out.append($0) } } else { out.appendEmpty() }
            valid.append(ok)
        }
        return Column(name: name ?? column.name, type: .string, values: .string(out), validity: valid)
    }

    /// The same over Swift strings, for steps whose logic is about characters (case
    /// changes, Unicode-aware masks). Slower; fine for all but the hottest steps.
    public static func mapStrings(_ column: Column, name: String? = nil, _ transform: (String) -> String?) -> Column {
        map(column, name: name) { bytes, out in
            guard let s = transform(String(decoding: bytes, as: UTF8.self)) else { return false }
            out.append(contentsOf: s.utf8)
            return true
        }
    }
}
