import WortCore

/// Writes batches as delimited text: RFC 4180 quoting (a field is quoted when it holds
/// the delimiter, a quote, CR or LF, or starts or ends with a space; quotes are doubled),
/// LF line ends, nulls and empty strings as empty fields.
public final class CSVWriter: BatchWriter {
    public struct Format: Sendable {
        public var delimiter: UInt8 = 0x2C
        public var quote: UInt8 = 0x22
        public var header = true
        public init(delimiter: UInt8 = 0x2C, header: Bool = true) { self.delimiter = delimiter; self.header = header }
    }

    private let format: Format
    private let sink: ([UInt8]) throws -> Void
    private var wroteHeader = false

    public init(format: Format, write: @escaping ([UInt8]) throws -> Void) {
        self.format = format; sink = write
    }

    public func write(_ batch: Table) throws {
        if !wroteHeader { try sink(Self.header(batch.schema, format: format)); wroteHeader = true }
        try sink(Self.encode(batch, format: format))
    }

    /// Writes the header alone (for an input with no rows).
    public func writeHeader(_ schema: Schema) throws {
        if !wroteHeader { try sink(Self.header(schema, format: format)); wroteHeader = true }
    }

    public func finish() throws {}

    public static func header(_ schema: Schema, format: Format) -> [UInt8] {
        guard format.header else { return [] }
        var out: [UInt8] = []
        for (k, f) in schema.fields.enumerated() {
            if k > 0 { out.append(format.delimiter) }
            Array(f.name.utf8).withUnsafeBufferPointer { appendField($0, to: &out, format: format) }
        }
        out.append(0x0A)
        return out
    }

    /// The rows of `batch` as text. Pure, so workers can encode batches in parallel.
    public static func encode(_ batch: Table, format: Format) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(batch.rowCount * (batch.columns.count * 12 + 1))
        var scratch: [UInt8] = []
        let cols = batch.columns
        for r in 0..<batch.rowCount {
            for (k, c) in cols.enumerated() {
                if k > 0 { out.append(format.delimiter) }
                if case .string(let s) = c.values {
                    if c.validity[r] { s.withBytes(at: r) { appendField($0, to: &out, format: format) } }
                    continue
                }
                scratch.removeAll(keepingCapacity: true)
                if c.appendText(row: r, to: &scratch) {
                    scratch.withUnsafeBufferPointer { appendField($0, to: &out, format: format) }
                } else if let text = c.invalidText(at: r) {
                    Array(text.utf8).withUnsafeBufferPointer { appendField($0, to: &out, format: format) }
                }
            }
            // A lone empty field would read back as a blank line: quote it.
            if cols.count == 1 && out.last == 0x0A || cols.count == 1 && out.isEmpty { out.append(format.quote); out.append(format.quote) }
            out.append(0x0A)
        }
        return out
    }

    @inline(__always)
    static func appendField(_ v: UnsafeBufferPointer<UInt8>, to out: inout [UInt8], format: Format) {
        let d = format.delimiter, q = format.quote
        var needs = !v.isEmpty && (v[0] == 0x20 || v[v.count - 1] == 0x20)
        if !needs {
            for c in v where c == d || c == q || c == 0x0A || c == 0x0D { needs = true; break }
        }
        guard needs else { out.append(contentsOf: v); return }
        out.append(q)
        for c in v {
            if c == q { out.append(q) }
            out.append(c)
        }
        out.append(q)
    }
}
