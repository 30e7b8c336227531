import WortCore

/// Writes batches as delimited text: RFC 4180 quoting (a field is quoted when it holds
/// the delimiter, a quote, CR or LF, or starts or ends with a space; quotes are doubled),
/// LF line ends, nulls and empty strings as empty fields.
public final class CSVWriter: ParallelEncodingWriter {
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

    public func makeEncoder() -> @Sendable (Table) throws -> [UInt8] {
        let format = format
        return { CSVWriter.encode($0, format: format) }
    }

    public func writeEncoded(_ bytes: [UInt8], schema: Schema) throws {
        try writeHeader(schema)
        try sink(bytes)
    }

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
        let n = batch.columns.count, rows = batch.rowCount
        guard rows > 0 else { return [] }
        let patterns = (0x0101_0101_0101_0101 &* UInt64(format.delimiter), 0x0101_0101_0101_0101 &* UInt64(format.quote))
        return batch.withTextViews { viewArray in viewArray.withUnsafeBufferPointer { views in
            // Worst case: every byte a doubled quote, every field quoted.
            var capacity = rows * (n + 3)
            for v in views { capacity += 2 * v.totalBytes + 2 * rows }
            return [UInt8](unsafeUninitializedCapacity: capacity) { out, written in
                    let o = out.baseAddress!
                    var w = 0
                    for r in 0..<rows {
                        for k in 0..<n {
                            if k > 0 { o[w] = format.delimiter; w += 1 }
                            let v = views[k]
                            if v.isNull(r) { continue }
                            w = writeField(v.text(r), to: o, at: w, quote: format.quote, patterns: patterns)
                        }
                        // A lone empty field would read back as a blank line: quote it.
                        if n == 1 && (views[0].isNull(r) || views[0].text(r).isEmpty) {
                            o[w] = format.quote; o[w + 1] = format.quote; w += 2
                        }
                        o[w] = 0x0A; w += 1
                    }
                    written = w
            }
        } }
    }

    /// Loads of 1, 2, 4 or 8 bytes that together cover `count` bytes at `src` (overlapping
    /// where they must), so that short fields are checked and copied without a byte loop.
    @inline(__always)
    private static func load<T: FixedWidthInteger>(_ p: UnsafePointer<UInt8>, _ type: T.Type) -> T {
        UnsafeRawPointer(p).loadUnaligned(as: T.self)
    }

    @inline(__always)
    private static func store<T: FixedWidthInteger>(_ v: T, _ p: UnsafeMutablePointer<UInt8>) {
        UnsafeMutableRawPointer(p).storeBytes(of: v, as: T.self)
    }

    /// Whether any byte of the field is the delimiter, the quote, CR or LF.
    @inline(__always)
    private static func hasSpecialByte(_ src: UnsafePointer<UInt8>, _ count: Int, _ patterns: (UInt64, UInt64)) -> Bool {
        @inline(__always) func hit(_ x: UInt64) -> Bool {
            swarHasByte(x, patterns.0) | swarHasByte(x, patterns.1)
                | swarHasByte(x, 0x0A0A_0A0A_0A0A_0A0A) | swarHasByte(x, 0x0D0D_0D0D_0D0D_0D0D) != 0
        }
        if count >= 8 {
            var i = 0
            while i + 8 < count {
                if hit(load(src + i, UInt64.self)) { return true }
                i += 8
            }
            return hit(load(src + count - 8, UInt64.self))
        }
        // Zero bytes fill the rest of the word; none of the four bytes is zero.
        let x: UInt64
        if count >= 4 {
            x = UInt64(load(src, UInt32.self)) | UInt64(load(src + count - 4, UInt32.self)) << 32
        } else if count >= 2 {
            x = UInt64(load(src, UInt16.self)) | UInt64(load(src + count - 2, UInt16.self)) << 16
        } else {
            x = UInt64(src[0])
        }
        return hit(x)
    }

    /// Copies a field; short ones without a call to memmove (most fields are short).
    @inline(__always)
    private static func copySmall(_ src: UnsafePointer<UInt8>, _ count: Int, to dst: UnsafeMutablePointer<UInt8>) {
        if count > 16 { dst.update(from: src, count: count); return }
        if count >= 8 {
            let a = load(src, UInt64.self), b = load(src + count - 8, UInt64.self)
            store(a, dst); store(b, dst + count - 8)
        } else if count >= 4 {
            let a = load(src, UInt32.self), b = load(src + count - 4, UInt32.self)
            store(a, dst); store(b, dst + count - 4)
        } else if count >= 2 {
            let a = load(src, UInt16.self), b = load(src + count - 2, UInt16.self)
            store(a, dst); store(b, dst + count - 2)
        } else if count == 1 {
            dst[0] = src[0]
        }
    }

    @inline(__always)
    private static func writeField(_ v: UnsafeBufferPointer<UInt8>, to o: UnsafeMutablePointer<UInt8>, at start: Int,
                                   quote: UInt8, patterns: (UInt64, UInt64)) -> Int {
        let count = v.count
        guard let src = v.baseAddress, count > 0 else { return start }
        let needs = src[0] == 0x20 || src[count - 1] == 0x20 || hasSpecialByte(src, count, patterns)
        if !needs {
            copySmall(src, count, to: o + start)
            return start + count
        }
        var w = start
        o[w] = quote; w += 1
        for i in 0..<count {
            let c = src[i]
            if c == quote { o[w] = quote; w += 1 }
            o[w] = c; w += 1
        }
        o[w] = quote
        return w + 1
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
