import WortCore

/// Writes batches as JSON Lines (`lines: true`, one object per line) or as one JSON array
/// (`[\n{…},\n{…}\n]\n`; `[]\n` when there are no rows).
///
/// Values: int64, double and decimal as JSON numbers (NaN and ±infinity as `null`); bool as
/// `true`/`false`; date and timestamp as strings in canonical form (`Column.appendText`);
/// strings escaped (`"` `\` and control characters; non-ASCII UTF-8 kept as is, invalid
/// UTF-8 replaced by U+FFFD); null as `null`; an invalid cell as a string of its original
/// text. Every column of the row is written, also when null.
///
/// Column names are written as flat keys: a dotted name such as `address.city` stays one
/// key `"address.city"`; the writer never re-nests objects.
public final class JSONWriter: BatchWriter {
    private let sink: ([UInt8]) throws -> Void
    private let lines: Bool
    private var wroteRows = false

    public init(write: @escaping ([UInt8]) throws -> Void, lines: Bool) {
        sink = write
        self.lines = lines
    }

    public func write(_ batch: Table) throws {
        guard batch.rowCount > 0 else { return }
        let bytes = JSONWriter.encode(batch, lines: lines, first: !wroteRows)
        wroteRows = true
        try sink(bytes)
    }

    var isLines: Bool { lines }
    var hasWrittenRows: Bool { wroteRows }
    func writeRaw(_ bytes: [UInt8]) throws { try sink(bytes) }
    func markRowsWritten() { wroteRows = true }

    public func finish() throws {
        let tail = JSONWriter.trailer(lines: lines, wroteRows: wroteRows)
        if !tail.isEmpty { try sink(tail) }
    }

    /// The bytes of `batch`'s rows, independent of other batches so that workers can encode
    /// in parallel. `first`: no row has been written before this batch (in array form the
    /// batch then opens the array with `[\n`; later batches start with `,\n`). Batches
    /// without rows encode to nothing: skip them. End the output with `trailer`.
    public static func encode(_ batch: Table, lines: Bool, first: Bool) -> [UInt8] {
        let rows = batch.rowCount, n = batch.columns.count
        guard rows > 0 else { return [] }
        // The quoted key and colon of every column, made once.
        let keys: [[UInt8]] = batch.columns.map { column in
            var k: [UInt8] = []
            appendString(Array(column.name.utf8), to: &k)
            k.append(0x3A)
            return k
        }
        // Values are turned into JSON text a column at a time (one type switch per
        // column, not per cell), then rows are assembled from those texts.
        let texts = Table(columns: batch.columns.map {
            Column(name: $0.name, type: .string, values: .string(fragments($0)), validity: ValidityBitmap(repeating: true, count: rows))
        })
        return texts.withTextViews { views in
            var capacity = 4 + rows * (n + 4)
            for k in 0..<n { capacity += views[k].totalBytes + rows * keys[k].count }
            return [UInt8](unsafeUninitializedCapacity: capacity) { out, written in
                var w = 0
                @inline(__always) func put(_ b: UInt8) { out[w] = b; w += 1 }
                @inline(__always) func put(_ v: UnsafeBufferPointer<UInt8>) {
                    guard let base = v.baseAddress, !v.isEmpty else { return }
                    (out.baseAddress! + w).update(from: base, count: v.count); w += v.count
                }
                if first && !lines { put(0x5B); put(0x0A) }
                for row in 0..<rows {
                    if !lines && !(first && row == 0) { put(0x2C); put(0x0A) }
                    put(0x7B)
                    for k in 0..<n {
                        if k > 0 { put(0x2C) }
                        keys[k].withUnsafeBufferPointer { put($0) }
                        put(views[k].text(row))
                    }
                    put(0x7D)
                    if lines { put(0x0A) }
                }
                written = w
            }
        }
    }

    /// Each row of `column` as JSON text: numbers and booleans bare, text and dates quoted,
    /// `null`, and an invalid cell as a string of its original text.
    static func fragments(_ column: Column) -> StringBuffer {
        let rows = column.count
        var out = StringBuffer(estimatedRows: rows, estimatedBytes: rows * 8)
        var buf: [UInt8] = []
        var invalidCursor = 0
        let validity = column.validity
        let invalid = column.invalid
        func each(_ value: (Int, inout [UInt8]) -> Void) {
            for r in 0..<rows {
                buf.removeAll(keepingCapacity: true)
                if validity[r] {
                    value(r, &buf)
                } else {
                    while invalidCursor < invalid.count && invalid[invalidCursor].row < r { invalidCursor += 1 }
                    if invalidCursor < invalid.count && invalid[invalidCursor].row == r {
                        appendString(Array(invalid[invalidCursor].text.utf8), to: &buf)
                    } else {
                        buf.append(contentsOf: nullWord)
                    }
                }
                buf.withUnsafeBufferPointer { out.append($0) }
            }
        }
        switch column.values {
        case .int64(let v): each { JSONNumber.append(int64: v[$0], to: &$1) }
        case .decimal(let v):
            let scale: Int? = if case .decimal(_, let s) = column.type { s } else { nil }
            each { r, o in
                if let scale { JSONNumber.append(decimal: v[r], scale: scale, to: &o) } else { JSONNumber.append(int64: v[r], to: &o) }
            }
        case .double(let v): each { appendDouble(v[$0], to: &$1) }
        case .bool(let v): each { r, o in o.append(contentsOf: v[r] ? trueWord : falseWord) }
        case .string(let s): each { r, o in s.withBytes(at: r) { appendString(buffer: $0, to: &o) } }
        case .date, .timestamp:
            var scratch: [UInt8] = []
            each { r, o in
                scratch.removeAll(keepingCapacity: true)
                column.appendText(row: r, to: &scratch)
                appendString(scratch, to: &o)
            }
        }
        return out
    }

    /// What ends the output after all batches: `]\n` closing an array (`[]\n` when no row
    /// was written), nothing for JSON Lines.
    public static func trailer(lines: Bool, wroteRows: Bool) -> [UInt8] {
        if lines { return [] }
        return wroteRows ? Array("\n]\n".utf8) : Array("[]\n".utf8)
    }

    private static let nullWord = Array("null".utf8)
    private static let trueWord = Array("true".utf8)
    private static let falseWord = Array("false".utf8)

    /// A finite double in the canonical form (`ValueFormatter`) when that is a valid JSON
    /// number, otherwise Swift's shortest round-trip form; NaN and infinities as `null`.
    static func appendDouble(_ v: Double, to out: inout [UInt8]) {
        guard v.isFinite else { out.append(contentsOf: nullWord); return }
        let start = out.count
        ValueFormatter.append(double: v, to: &out)
        if JSONNumber.isValid(out[start...]) { return }
        out.removeLast(out.count - start)
        out.append(contentsOf: v.description.utf8)
    }

    /// `bytes` as a quoted JSON string.
    static func appendString<C: Collection>(_ bytes: C, to out: inout [UInt8]) where C.Element == UInt8 {
        if bytes.withContiguousStorageIfAvailable({ appendString(buffer: $0, to: &out) }) == nil {
            Array(bytes).withUnsafeBufferPointer { appendString(buffer: $0, to: &out) }
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    static func appendString(buffer b: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        out.append(0x22)
        var i = 0
        var run = 0
        let n = b.count
        @inline(__always) func flush(_ upTo: Int) {
            if upTo > run { out.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<upTo])) }
        }
        while i < n {
            let c = b[i]
            if c >= 0x20 && c != 0x22 && c != 0x5C && c < 0x80 { i += 1; continue }
            if c >= 0x80 {
                let len = max(0, UTF8Validation.sequenceLength(b, at: i))
                if len > 0 { i += len; continue }
                flush(i)
                out.append(contentsOf: [0xEF, 0xBF, 0xBD]) // U+FFFD for a byte that is not UTF-8
                i += 1
                run = i
                continue
            }
            flush(i)
            out.append(0x5C)
            switch c {
            case 0x22: out.append(0x22)
            case 0x5C: out.append(0x5C)
            case 0x0A: out.append(0x6E)
            case 0x0D: out.append(0x72)
            case 0x09: out.append(0x74)
            case 0x08: out.append(0x62)
            case 0x0C: out.append(0x66)
            default:
                out.append(0x75); out.append(0x30); out.append(0x30)
                out.append(hexDigits[Int(c >> 4)]); out.append(hexDigits[Int(c & 0xF)])
            }
            i += 1
            run = i
        }
        flush(n)
        out.append(0x22)
    }

}
