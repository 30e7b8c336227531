import Foundation
import WortCore

extension CSVChunkParser {
    /// Where every field of every row is; unescaped values go to `side`. A null (a padded
    /// field, or a null token) is marked here, while its bytes are at hand: end -1.
    ///
    /// Records are split as `CSVRecordParser.forEachRecord` splits them, but each field
    /// goes straight into `spans`; a record with another field count than the header's
    /// is split again the general way (`irregularRecord`). Measured: a fifth less time
    /// than splitting every record into a list of fields first.
    func locateFields(_ p: UnsafeBufferPointer<UInt8>, side: inout [UInt8], nullTokens: NullTokens,
                      problems: inout CSVChunkProblems) -> CSVFieldSpans {
        let columns = columnCount
        var spans = CSVFieldSpans(columns: columns, estimatedRows: p.count / max(1, 8 * columns))
        let n = p.count
        guard p.baseAddress != nil, n > 0, columns > 0 else { return spans }
        let parser = self.parser
        let d = dialect.delimiter, q = dialect.quote
        let dPat = 0x0101_0101_0101_0101 &* UInt64(d)
        var scratch: [UInt8] = []
        var padded: [CSVFieldRef] = []

        @inline(__always)
        func place(_ k: Int, _ f: CSVFieldRef, _ spans: inout CSVFieldSpans, _ side: inout [UInt8]) {
            if f.start < 0 { spans.setNull(k); return }
            if !f.quoted {
                let v = UnsafeBufferPointer(rebasing: p[f.start..<f.end])
                if nullTokens.contains(v) { spans.setNull(k) } else { spans.set(k, start: ~f.start, end: f.end) }
                return
            }
            parser.value(of: f, in: p, scratch: &scratch,
                         inChunk: { v, start in
                             if nullTokens.contains(v) { spans.setNull(k) }
                             else { spans.set(k, start: ~start, end: start + v.count) }
                         },
                         unescaped: { v in
                             if nullTokens.contains(v) { spans.setNull(k); return }
                             let start = side.count
                             side.append(contentsOf: v)
                             spans.set(k, start: start, end: side.count)
                         })
        }

        var i = 0
        while i < n {
            let recordStart = i
            spans.beginRow()
            var k = 0
            while true {
                let fieldStart = i
                var quoted = false
                if i < n && p[i] == q {
                    quoted = true
                    guard let after = parser.pastClosingQuote(p, openedAt: i) else {
                        problems.unterminatedQuoteLine = countNewlines(p, upTo: fieldStart) + 1
                        return spans  // the record is left out, as forEachRecord leaves it
                    }
                    i = after
                }
                i = skipToDelimiterOrNewline(p, from: i, delimiter: d, pattern: dPat)
                if i < n && p[i] == d {
                    if k < columns { place(k, CSVFieldRef(start: fieldStart, end: i, quoted: quoted), &spans, &side) }
                    k += 1
                    i += 1
                    if i == n {  // a delimiter right before the end: one more empty field
                        if k < columns { place(k, CSVFieldRef(start: n, end: n, quoted: false), &spans, &side) }
                        k += 1
                        break
                    }
                    continue
                }
                var end = i
                if end > fieldStart && p[end - 1] == 0x0D { end -= 1 }
                if k < columns { place(k, CSVFieldRef(start: fieldStart, end: end, quoted: quoted), &spans, &side) }
                k += 1
                i += 1
                break
            }
            if k == columns { spans.endRow(); continue }
            // Another field count: split the record again and let the policy decide.
            let record = UnsafeBufferPointer(rebasing: p[recordStart..<min(i, n)])
            _ = parser.forEachRecord(record) { fields, _ in
                let shifted = fields.map {
                    $0.start < 0 ? $0 : CSVFieldRef(start: $0.start + recordStart, end: $0.end + recordStart, quoted: $0.quoted)
                }
                shifted.withUnsafeBufferPointer { fields in
                    irregularRecord(fields, at: recordStart, in: p, padded: &padded, problems: &problems) { row in
                        for c in 0..<row.count { place(c, row[c], &spans, &side) }
                        spans.endRow()
                    }
                }
            }
        }
        return spans
    }
}
