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

    var parser: CSVRecordParser { CSVRecordParser(delimiter: dialect.delimiter, quote: dialect.quote) }

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
            irregularRecord(fields, at: recordStart, in: p, padded: &padded, problems: &problems, row)
        }
        if let at = unterminated {
            problems.unterminatedQuoteLine = countNewlines(p, upTo: at) + 1
        }
    }

    /// A record without `columnCount` fields: a blank line (skipped), a short row padded
    /// with nulls (`.pad`), or a bad row (counted; the first one's line kept).
    func irregularRecord(_ fields: UnsafeBufferPointer<CSVFieldRef>, at recordStart: Int, in p: UnsafeBufferPointer<UInt8>,
                         padded: inout [CSVFieldRef], problems: inout CSVChunkProblems,
                         _ row: (UnsafeBufferPointer<CSVFieldRef>) -> Void) {
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

    /// Builds a batch with the given column types. Fields are located row by row first;
    /// columns are then made one at a time. String values stay views into `chunk` (which
    /// `p` points into), so a value is not copied until something changes it.
    func table(_ chunk: [UInt8], _ p: UnsafeBufferPointer<UInt8>, names: [String], types: [InferredType], nullTokens: NullTokens,
               problems: inout CSVChunkProblems) -> Table {
        let n = columnCount
        var side: [UInt8] = []
        let spans = locateFields(p, side: &side, nullTokens: nullTokens, problems: &problems)
        let rows = spans.rows
        if n == 0 { return Table(rowCount: rows) }
        return Table(columns: (0..<n).map { k in
            column(k, name: names[k], type: types[k], spans: spans, rows: rows, chunk: chunk, p: p, side: side, nullTokens: nullTokens)
        })
    }

    /// `table` with speculated types, plus the type evidence of every column, from one
    /// location of the fields: a one-pass typed read checks its guess with it at the end.
    /// Columns not `observed` get empty evidence.
    func tableAndEvidence(_ chunk: [UInt8], _ p: UnsafeBufferPointer<UInt8>, names: [String], types: [InferredType],
                          observed: [Bool], nullTokens: NullTokens, exactTypesOnly: Bool,
                          problems: inout CSVChunkProblems) -> (table: Table, evidence: [TypeEvidence]) {
        let n = columnCount
        var side: [UInt8] = []
        let spans = locateFields(p, side: &side, nullTokens: nullTokens, problems: &problems)
        let rows = spans.rows
        if n == 0 { return (Table(rowCount: rows), []) }
        var evidence: [TypeEvidence] = []
        evidence.reserveCapacity(n)
        side.withUnsafeBufferPointer { sideP in
            for k in 0..<n {
                var ev = TypeEvidence()
                for r in 0..<(observed[k] ? rows : 0) {
                    // As `evidence` does: a column with a value that fits no type is text.
                    if exactTypesOnly && ev.someValueFitsNoType { break }
                    let e = spans.end(r, k)
                    if e < 0 { ev.observeNull(); continue }
                    let s = spans.start(r, k)
                    ev.observeValue(s >= 0 ? UnsafeBufferPointer(rebasing: sideP[s..<e]) : UnsafeBufferPointer(rebasing: p[~s..<e]))
                }
                evidence.append(ev)
            }
        }
        let table = Table(columns: (0..<n).map { k in
            column(k, name: names[k], type: types[k], spans: spans, rows: rows, chunk: chunk, p: p, side: side, nullTokens: nullTokens)
        })
        return (table, evidence)
    }

    private func column(_ k: Int, name: String, type: InferredType, spans: borrowing CSVFieldSpans, rows: Int,
                        chunk: [UInt8], p: UnsafeBufferPointer<UInt8>, side: [UInt8], nullTokens: NullTokens) -> Column {
        if type.type == .string {
            var starts = Array(spans.starts(of: k))
            var ends = Array(spans.ends(of: k))
            var validity = ValidityBitmap(repeating: true, count: rows)
            if spans.mayHaveNulls(k) {
                starts.withUnsafeMutableBufferPointer { st in
                    ends.withUnsafeMutableBufferPointer { en in
                        for r in 0..<rows where en[r] < 0 { validity[r] = false; st[r] = 0; en[r] = 0 }  // an empty owned span
                    }
                }
            }
            let values = StringBuffer(owned: side, shared: chunk, starts: starts, ends: ends)
            return Column(name: name, type: .string, values: .string(values), validity: validity)
        }
        var b = ColumnBuilder(name: name, type: type.type, dateOrder: type.dateOrder, nullTokens: nullTokens, capacity: rows)
        side.withUnsafeBufferPointer { sideP in
            for r in 0..<rows {
                let e = spans.end(r, k)
                if e < 0 { b.appendNull(); continue }
                let s = spans.start(r, k)
                b.appendValue(s >= 0 ? UnsafeBufferPointer(rebasing: sideP[s..<e]) : UnsafeBufferPointer(rebasing: p[~s..<e]))
            }
        }
        return b.finish()
    }

    /// Type evidence for each column and the number of rows.
    /// - Parameter exactTypesOnly: only types that every value fits matter (the caller
    ///   turns columns with invalid values into text), so a column stops being observed at
    ///   its first value that fits no type: it will be text whatever follows.
    func evidence(_ p: UnsafeBufferPointer<UInt8>, nullTokens: NullTokens, exactTypesOnly: Bool = false,
                  problems: inout CSVChunkProblems) -> (evidence: [TypeEvidence], rows: Int) {
        // Row by row, straight from the parser (measured: cheaper than locating the
        // fields first and observing a column at a time).
        var ev = Array(repeating: TypeEvidence(), count: columnCount)
        var decided = [Bool](repeating: false, count: columnCount)
        var rows = 0
        var scratch: [UInt8] = []
        let parser = self.parser
        ev.withUnsafeMutableBufferPointer { ev in
            forEachRow(p, problems: &problems) { fields in
                for k in 0..<fields.count {
                    if exactTypesOnly {
                        if decided[k] { continue }
                        if ev[k].someValueFitsNoType { decided[k] = true; continue }
                    }
                    let f = fields[k]
                    if f.start < 0 { ev[k].observeNull(); continue }  // a padded field
                    parser.value(of: f, in: p, scratch: &scratch) { ev[k].observe($0, nullTokens: nullTokens) }
                }
                rows += 1
            }
        }
        return (ev, rows)
    }
}
