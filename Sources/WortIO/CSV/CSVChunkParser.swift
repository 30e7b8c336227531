import WortCore

/// What went wrong in one chunk; lines are counted from the chunk's first line (1-based).
struct CSVChunkProblems: Sendable {
    /// Rows whose field count is not the column count.
    var badRows = 0
    var firstBadRow: (line: Int, fields: Int)? = nil
    /// Line of a quoted field that never closes (only possible in the last chunk).
    var unterminatedQuoteLine: Int? = nil
    /// Line and byte of the first invalid UTF-8 sequence.
    var invalidUTF8: (line: Int, byte: UInt8)? = nil
}

/// Parses a chunk of whole records on a worker thread.
struct CSVChunkParser: Sendable {
    let dialect: CSVDialect
    let columnCount: Int
    let onBadRows: BadRowPolicy

    private var parser: CSVRecordParser { CSVRecordParser(delimiter: dialect.delimiter, quote: dialect.quote) }

    /// Checks the chunk's encoding and quoting; the caller stops on what it reports.
    func check(_ p: UnsafeBufferPointer<UInt8>, into problems: inout CSVChunkProblems) {
        if let bad = UTF8Validation.firstInvalidByte(in: p) {
            problems.invalidUTF8 = (countNewlines(p, upTo: bad) + 1, p[bad])
        }
    }

    /// Calls `row(fields)` for each record with the right field count (after the bad-row
    /// policy), skipping blank lines when there is more than one column.
    @inline(__always)
    func forEachRow(
        _ p: UnsafeBufferPointer<UInt8>, problems: inout CSVChunkProblems,
        _ row: (UnsafeBufferPointer<CSVFieldRef>) -> Void
    ) {
        var padded: [CSVFieldRef] = []
        let unterminated = parser.forEachRecord(p) { fields, recordStart in
            if fields.count == columnCount { row(fields); return }
            if fields.count == 1 && fields[0].start == fields[0].end
                || fields.count == 1 && fields[0].end - fields[0].start == 1 && p[fields[0].start] == 0x0D {
                return  // blank line
            }
            if onBadRows == .pad && fields.count < columnCount {
                padded.removeAll(keepingCapacity: true)
                padded.append(contentsOf: fields)
                while padded.count < columnCount { padded.append(CSVFieldRef(start: -1, end: -1, quoted: false)) }
                padded.withUnsafeBufferPointer(row)
                return
            }
            problems.badRows += 1
            if problems.firstBadRow == nil {
                problems.firstBadRow = (countNewlines(p, upTo: recordStart) + 1, fields.count)
            }
        }
        if let at = unterminated {
            problems.unterminatedQuoteLine = countNewlines(p, upTo: at) + 1
        }
    }

    /// Builds a batch with the given column types.
    func table(_ p: UnsafeBufferPointer<UInt8>, names: [String], types: [InferredType], nullTokens: NullTokens,
               problems: inout CSVChunkProblems) -> Table {
        let estimate = max(16, p.count / max(1, 12 * columnCount))
        var builders = zip(names, types).map {
            ColumnBuilder(name: $0, type: $1.type, dateOrder: $1.dateOrder, nullTokens: nullTokens, capacity: estimate)
        }
        var rows = 0
        var scratch: [UInt8] = []
        let parser = self.parser
        forEachRow(p, problems: &problems) { fields in
            for k in 0..<fields.count {
                let f = fields[k]
                if f.start < 0 { builders[k].appendNull(); continue }
                parser.value(of: f, in: p, scratch: &scratch) { builders[k].append($0) }
            }
            rows += 1
        }
        if columnCount == 0 { return Table(rowCount: rows) }
        return Table(columns: builders.map { $0.finish() })
    }

    /// Type evidence for each column and the number of rows.
    func evidence(_ p: UnsafeBufferPointer<UInt8>, nullTokens: NullTokens,
                  problems: inout CSVChunkProblems) -> (evidence: [TypeEvidence], rows: Int) {
        var ev = Array(repeating: TypeEvidence(), count: columnCount)
        var rows = 0
        var scratch: [UInt8] = []
        let parser = self.parser
        forEachRow(p, problems: &problems) { fields in
            for k in 0..<fields.count {
                let f = fields[k]
                if f.start < 0 { ev[k].observe(UnsafeBufferPointer(start: nil, count: 0), nullTokens: nullTokens); continue }
                parser.value(of: f, in: p, scratch: &scratch) { ev[k].observe($0, nullTokens: nullTokens) }
            }
            rows += 1
        }
        return (ev, rows)
    }
}
