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
        guard batch.rowCount > 0 else { return [] }
        var out: [UInt8] = []
        out.reserveCapacity(batch.rowCount * (16 + 24 * batch.columns.count))
        if first && !lines { out.append(0x5B); out.append(0x0A) }
        // The quoted key and colon of every column, made once.
        let keys: [[UInt8]] = batch.columns.map { column in
            var k: [UInt8] = []
            appendString(Array(column.name.utf8), to: &k)
            k.append(0x3A)
            return k
        }
        var invalidCursor = [Int](repeating: 0, count: batch.columns.count)
        var scratch: [UInt8] = []
        for row in 0..<batch.rowCount {
            if !lines && !(first && row == 0) { out.append(0x2C); out.append(0x0A) }
            out.append(0x7B)
            for (c, column) in batch.columns.enumerated() {
                if c > 0 { out.append(0x2C) }
                out.append(contentsOf: keys[c])
                appendValue(column, row: row, invalidCursor: &invalidCursor[c], scratch: &scratch, to: &out)
            }
            out.append(0x7D)
            if lines { out.append(0x0A) }
        }
        return out
    }

    /// What ends the output after all batches: `]\n` closing an array (`[]\n` when no row
    /// was written), nothing for JSON Lines.
    public static func trailer(lines: Bool, wroteRows: Bool) -> [UInt8] {
        if lines { return [] }
        return wroteRows ? Array("\n]\n".utf8) : Array("[]\n".utf8)
    }

    @inline(__always)
    private static func appendValue(_ column: Column, row: Int, invalidCursor: inout Int,
                                    scratch: inout [UInt8], to out: inout [UInt8]) {
        guard column.validity[row] else {
            // An invalid cell (null in `values`, original text kept) or a real null.
            let inv = column.invalid
            while invalidCursor < inv.count && inv[invalidCursor].row < row { invalidCursor += 1 }
            if invalidCursor < inv.count && inv[invalidCursor].row == row {
                appendString(Array(inv[invalidCursor].text.utf8), to: &out)
            } else {
                out.append(contentsOf: nullWord)
            }
            return
        }
        switch column.values {
        case .int64(let v): JSONNumber.append(int64: v[row], to: &out)
        case .decimal(let v):
            if case .decimal(_, let scale) = column.type {
                JSONNumber.append(decimal: v[row], scale: scale, to: &out)
            } else {
                JSONNumber.append(int64: v[row], to: &out)
            }
        case .double(let v): appendDouble(v[row], to: &out)
        case .bool(let v): out.append(contentsOf: v[row] ? trueWord : falseWord)
        case .string(let s): s.withBytes(at: row) { appendString($0, to: &out) }
        case .date, .timestamp:
            scratch.removeAll(keepingCapacity: true)
            column.appendText(row: row, to: &scratch)
            appendString(scratch, to: &out)
        }
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
