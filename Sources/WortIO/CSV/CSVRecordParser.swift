import Foundation

/// One field of a record: `start..<end` in the chunk, quotes included when `quoted`.
struct CSVFieldRef {
    var start: Int
    var end: Int
    var quoted: Bool
}

/// Splits a chunk of whole records into fields (RFC 4180, leniently):
/// - a quote opens a quoted field only at the start of a field; inside, `""` is a quote;
///   after the closing quote, any bytes up to the delimiter are kept as they are;
/// - a quote in the middle of an unquoted field is an ordinary character;
/// - records end at LF or CRLF; the last record may lack a final newline.
struct CSVRecordParser {
    let delimiter: UInt8
    let quote: UInt8

    /// Calls `body(fields, recordStart)` for each record. Returns the offset of an
    /// unterminated quoted field's opening quote, if the chunk ends inside one.
    @inline(__always)
    func forEachRecord(
        _ p: UnsafeBufferPointer<UInt8>,
        _ body: (UnsafeBufferPointer<CSVFieldRef>, Int) throws -> Void
    ) rethrows -> Int? {
        let n = p.count
        guard p.baseAddress != nil, n > 0 else { return nil }
        var fields = [CSVFieldRef]()
        fields.reserveCapacity(64)
        let d = delimiter, q = quote
        let dPat = 0x0101_0101_0101_0101 &* UInt64(d)
        var i = 0
        var recordStart = 0
        while i < n {
            // At the start of a field.
            let fieldStart = i
            var quoted = false
            if p[i] == q {
                quoted = true
                guard let after = pastClosingQuote(p, openedAt: i) else { return fieldStart }  // unterminated
                i = after
            }
            // Unquoted bytes (or bytes after a closing quote) up to a delimiter or newline.
            i = skipToDelimiterOrNewline(p, from: i, delimiter: d, pattern: dPat)
            if i < n && p[i] == d {
                fields.append(CSVFieldRef(start: fieldStart, end: i, quoted: quoted))
                i += 1
                if i == n {  // a delimiter right before the end: one more empty field
                    fields.append(CSVFieldRef(start: n, end: n, quoted: false))
                }
                continue
            }
            // Newline or end of input: the record ends.
            var end = i
            if end > fieldStart && p[end - 1] == 0x0D { end -= 1 }
            fields.append(CSVFieldRef(start: fieldStart, end: end, quoted: quoted))
            try fields.withUnsafeBufferPointer { try body($0, recordStart) }
            fields.removeAll(keepingCapacity: true)
            i += 1
            recordStart = i
        }
        if !fields.isEmpty {
            try fields.withUnsafeBufferPointer { try body($0, recordStart) }
        }
        return nil
    }

    /// Just past the quote that closes the quoted field opened at `open` (`""` inside is
    /// an escaped quote); nil when none does.
    @inline(__always)
    func pastClosingQuote(_ p: UnsafeBufferPointer<UInt8>, openedAt open: Int) -> Int? {
        guard let base = p.baseAddress else { return nil }
        let n = p.count
        var i = open + 1
        while true {
            guard let hit = memchr(base + i, Int32(quote), n - i) else { return nil }
            let k = UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - base
            if k + 1 < n && p[k + 1] == quote { i = k + 2; continue }
            return k + 1
        }
    }

    /// The value of a field: for quoted fields without inner quotes a slice of the chunk,
    /// otherwise the unescaped bytes written into `scratch`.
    @inline(__always)
    func value(
        of f: CSVFieldRef, in p: UnsafeBufferPointer<UInt8>, scratch: inout [UInt8],
        _ body: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        value(of: f, in: p, scratch: &scratch, inChunk: { v, _ in body(v) }, unescaped: body)
    }

    /// Like `value`, telling whether the bytes are a slice of the chunk (with its offset)
    /// or unescaped into `scratch`.
    @inline(__always)
    func value(
        of f: CSVFieldRef, in p: UnsafeBufferPointer<UInt8>, scratch: inout [UInt8],
        inChunk: (UnsafeBufferPointer<UInt8>, Int) -> Void,
        unescaped body: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        if !f.quoted {
            inChunk(UnsafeBufferPointer(rebasing: p[f.start..<f.end]), f.start)
            return
        }
        // Fast path: "text" with no quote inside and nothing after the closing quote.
        let innerStart = f.start + 1
        if f.end - f.start >= 2 && p[f.end - 1] == quote,
           memchr(p.baseAddress! + innerStart, Int32(quote), f.end - 1 - innerStart) == nil {
            inChunk(UnsafeBufferPointer(rebasing: p[innerStart..<(f.end - 1)]), innerStart)
            return
        }
        scratch.removeAll(keepingCapacity: true)
        var i = innerStart
        var inQuotes = true
        while i < f.end {
            let c = p[i]
            if inQuotes && c == quote {
                if i + 1 < f.end && p[i + 1] == quote { scratch.append(quote); i += 2; continue }
                inQuotes = false; i += 1; continue
            }
            scratch.append(c); i += 1
        }
        scratch.withUnsafeBufferPointer(body)
    }
}
