import WortCore

/// The shared part of the SPLIT_COLUMN_* steps: the source column is replaced, at its
/// place, by `limit` + 1 text columns `<col>_1` ... `<col>_{limit+1}` (R-02: `Address`
/// split 4 times is later read as `Address_3` ... `Address_5`). The first `limit`
/// delimiters split; the rest of the text stays in the last part. Parts a cell does not
/// have are null (a null cell gives nulls). Delimiters are literal text, not regexes.
/// With `includeInSplit` a delimiter is kept at the start of the part that follows it
/// (`a/b` → `a`, `/b`): DataBrew says only "includes the pattern in the new column".
enum ColumnSplitter {
    struct Delimiter: Sendable {
        var bytes: [UInt8]
        var include: Bool
    }

    static func plan(_ context: inout StepContext, column i: Int, delimiters: [Delimiter], limit: Int) -> StepKernel? {
        let source = context.schema.fields[i].name
        let names = (1...limit + 1).map { "\(source)_\($0)" }
        var ok = true
        for n in names where context.index(of: n) != nil {
            context.problem("sourceColumn", "splitting '\(source)' makes column '\(n)', which already exists"); ok = false
        }
        guard ok else { return nil }
        context.schema = context.schema.removing([i])
        for (k, n) in names.enumerated() { context.schema = context.schema.inserting(Field(name: n, type: .string), at: i + k) }
        return .map { table in
            let column = table.columns[i]
            let n = table.rowCount
            var buffers = names.map { _ in StringBuffer(estimatedRows: n, estimatedBytes: n * 8) }
            var valid = names.map { _ in ValidityBitmap() }
            var text: [UInt8] = []
            for r in 0..<n {
                text.removeAll(keepingCapacity: true)
                var parts = 0
                if column.appendText(row: r, to: &text) {
                    text.withUnsafeBufferPointer { b in
                        var start = 0          // where the current part begins
                        var searchFrom = 0     // where to look for the next delimiter
                        while parts < limit, let found = find(delimiters, in: b, from: searchFrom) {
                            let (at, d) = found
                            buffers[parts].append(UnsafeBufferPointer(rebasing: b[start..<at]))
                            valid[parts].append(true)
                            parts += 1
                            start = d.include ? at : at + d.bytes.count
                            searchFrom = at + d.bytes.count
                        }
                        buffers[parts].append(UnsafeBufferPointer(rebasing: b[start...]))
                        valid[parts].append(true)
                        parts += 1
                    }
                }
                for k in parts..<names.count { buffers[k].appendEmpty(); valid[k].append(false) }
            }
            var cols = table.columns
            cols.remove(at: i)
            for k in names.indices { cols.insert(Column.text(name: names[k], buffers[k], validity: valid[k]), at: i + k) }
            return Table(columns: cols)
        }
    }

    /// The earliest delimiter at or after `from`; at the same place, the longest (then the
    /// first listed).
    static func find(_ delimiters: [Delimiter], in b: UnsafeBufferPointer<UInt8>, from: Int) -> (Int, Delimiter)? {
        var p = from
        while p < b.count {
            var best: Delimiter?
            for d in delimiters where p + d.bytes.count <= b.count && (best == nil || d.bytes.count > best!.bytes.count) {
                var match = true
                for (k, x) in d.bytes.enumerated() where b[p + k] != x { match = false; break }
                if match { best = d }
            }
            if let best { return (p, best) }
            p += 1
        }
        return nil
    }
}
