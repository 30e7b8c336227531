import Foundation
import WortCore

/// An opened delimited-text input: encoding settled, dialect sniffed, header read. It
/// hands out chunks of whole records (already UTF-8), one after another, for parsing on
/// other threads. One pass over the input; open it again for another pass.
final class CSVInput: @unchecked Sendable {

    let source: ByteSource
    let dialect: CSVDialect
    let encoding: TextEncoding
    /// Column names from the header, or Column_1... when there is none.
    let columnNames: [String]
    /// Physical lines before the first data chunk (the header record's lines).
    let headerLines: Int

    private let transcoder: Transcoder?
    private let blockSize: Int
    /// Lines end with CR alone (see `init`).
    private var crLineEnds = false
    private var scanner: CSVBoundaryScanner
    private var pending: [UInt8] = []
    private var scannedUpTo = 0
    private var eof = false

    /// The input's name in messages (the user's path, also when reading a spooled copy).
    let displayName: String

    init(_ src: InputSource, options: ReadOptions, displayName: String? = nil) throws {
        source = try ByteSource(src)
        let blockSize = max(64, options.blockBytes)
        self.blockSize = blockSize
        let name = displayName ?? src.displayName
        self.displayName = name
        // First block: enough to detect the encoding and sniff the dialect.
        var first: [UInt8] = []
        var hitEnd = try source.read(appendingTo: &first, count: blockSize) == 0
        if !hitEnd && first.count < blockSize {
            hitEnd = try source.read(appendingTo: &first, count: blockSize - first.count) == 0
        }
        if first.count < blockSize { hitEnd = true }
        if first.isEmpty {
            throw WortError.data("the file is empty: no header and no rows", at: SourceLocation(file: name))
        }
        if first.starts(with: [0xEF, 0xBB, 0xBF]) { first.removeFirst(3) }
        let enc = options.encoding ?? first.withUnsafeBufferPointer {
            EncodingDetector.detect(sample: $0, isEndOfInput: hitEnd)
        }
        encoding = enc
        if enc != .utf8 {
            let t = try Transcoder(from: enc, sourceName: name)
            transcoder = t
            pending = try first.withUnsafeBufferPointer { try t.convert($0, isLast: hitEnd) }
        } else {
            transcoder = nil
            pending = first
        }
        eof = hitEnd
        // Old Mac files end lines with CR alone: read them as if they were LF.
        crLineEnds = !pending.contains(0x0A) && pending.contains(0x0D)
        if crLineEnds { Self.crToLF(&pending, from: 0) }

        var d = try pending.withUnsafeBufferPointer {
            try CSVSniffer.sniff($0, isWholeInput: hitEnd, options: options, file: name)
        }
        if let h = options.hasHeader { d.hasHeader = h }
        scanner = CSVBoundaryScanner(delimiter: d.delimiter, quote: d.quote)

        // The first record gives the column count, and the names when it is a header.
        var firstFields: [String] = []
        var firstRecordEnd = 0
        let parser = CSVRecordParser(delimiter: d.delimiter, quote: d.quote)
        while true {
            let end: Int? = pending.withUnsafeBufferPointer { p in
                var sc = CSVBoundaryScanner(delimiter: d.delimiter, quote: d.quote)
                return sc.scan(p, from: 0, stopAtFirst: true)
            }
            if end == nil && !eof {  // the first record is longer than what we have
                let start = pending.count
                try Self.readBlock(source, transcoder, blockSize, into: &pending, eof: &eof)
                if crLineEnds { Self.crToLF(&pending, from: start) }
                continue
            }
            firstRecordEnd = end ?? pending.count
            var scratch: [UInt8] = []
            pending.withUnsafeBufferPointer { p in
                _ = parser.forEachRecord(UnsafeBufferPointer(rebasing: p[0..<firstRecordEnd])) { fields, _ in
                    if !firstFields.isEmpty { return }
                    for f in fields {
                        parser.value(of: f, in: p, scratch: &scratch) { firstFields.append(String(decoding: $0, as: UTF8.self)) }
                    }
                }
            }
            break
        }
        if d.hasHeader {
            columnNames = Self.uniqueNames(firstFields)
            headerLines = pending.withUnsafeBufferPointer { countNewlines($0, upTo: firstRecordEnd) }
            pending.removeFirst(firstRecordEnd)
        } else {
            columnNames = (1...max(1, firstFields.count)).map { "Column_\($0)" }
            headerLines = 0
        }
        dialect = d
        scannedUpTo = 0
    }

    /// Header names made usable: empty ones become Column_k, repeats get a suffix.
    static func uniqueNames(_ raw: [String]) -> [String] {
        var seen = Set<String>()
        var out: [String] = []
        for (k, r) in raw.enumerated() {
            var name = r.isEmpty ? "Column_\(k + 1)" : r
            if seen.contains(name) {
                var n = 2
                while seen.contains("\(name)_\(n)") { n += 1 }
                name = "\(name)_\(n)"
            }
            seen.insert(name); out.append(name)
        }
        return out
    }

    private func readBlock() throws {
        let start = pending.count
        try Self.readBlock(source, transcoder, blockSize, into: &pending, eof: &eof)
        if crLineEnds { Self.crToLF(&pending, from: start) }
    }

    private static func crToLF(_ bytes: inout [UInt8], from start: Int) {
        bytes.withUnsafeMutableBufferPointer { b in
            for i in start..<b.count where b[i] == 0x0D { b[i] = 0x0A }
        }
    }

    private static func readBlock(_ source: ByteSource, _ transcoder: Transcoder?, _ blockSize: Int, into pending: inout [UInt8], eof: inout Bool) throws {
        if let transcoder {
            var raw: [UInt8] = []
            let n = try source.read(appendingTo: &raw, count: blockSize)
            if n == 0 { eof = true }
            pending += try raw.withUnsafeBufferPointer { try transcoder.convert($0, isLast: n == 0) }
        } else {
            let n = try source.read(appendingTo: &pending, count: blockSize)
            if n == 0 { eof = true }
        }
    }

    /// The next chunk of whole records, nil at the end. Not thread-safe: one caller.
    func nextChunk() throws -> [UInt8]? {
        while true {
            if eof {
                if pending.isEmpty { return nil }
                defer { pending = []; scannedUpTo = 0 }
                return pending
            }
            let end = pending.withUnsafeBufferPointer { scanner.scan($0, from: scannedUpTo) }
            scannedUpTo = pending.count
            if let end, end >= blockSize / 2 || (end > 0 && pending.count >= blockSize) {
                var chunk = pending
                pending = Array(chunk[end...])
                chunk.removeLast(chunk.count - end)
                scannedUpTo = pending.count
                return chunk
            }
            try readBlock()
        }
    }
}
