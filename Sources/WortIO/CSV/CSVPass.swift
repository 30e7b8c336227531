import Foundation
import WortCore

/// One parallel pass over a CSV input: chunks are cut on the reading thread, `work`
/// runs on all cores, results come back in file order with their line numbers.
final class CSVPass<Output: Sendable>: @unchecked Sendable {
    struct ChunkResult: Sendable {
        var output: Output
        var lines: Int
        var problems: CSVChunkProblems
    }

    let input: CSVInput
    let options: ReadOptions
    private let pipeline: OrderedPipeline<[UInt8], ChunkResult>
    /// Physical lines before the next chunk.
    private(set) var lineBase: Int
    private(set) var badRows = 0
    private var firstBad: (line: Int, fields: Int)?

    init(input: CSVInput, options: ReadOptions,
         work: @escaping @Sendable ([UInt8], UnsafeBufferPointer<UInt8>, inout CSVChunkProblems) throws -> Output) {
        self.input = input
        self.options = options
        lineBase = input.headerLines
        let parser = CSVChunkParser(dialect: input.dialect, columnCount: input.columnNames.count, onBadRows: options.onBadRows)
        pipeline = OrderedPipeline(
            produce: { try input.nextChunk() },
            process: { chunk in
                try chunk.withUnsafeBufferPointer { p in
                    var problems = CSVChunkProblems()
                    parser.check(p, into: &problems)
                    let out = try work(chunk, p, &problems)
                    return ChunkResult(output: out, lines: countNewlines(p), problems: problems)
                }
            })
    }

    deinit { pipeline.cancel() }

    var file: String { input.displayName }

    /// The next chunk's output, nil at the end; throws the first problem met, with its line.
    func next() throws -> Output? {
        while true {
            guard let r = try pipeline.next() else {
                if let firstBad, options.onBadRows != .skip { throw badRowError(firstBad) }
                return nil
            }
            let base = lineBase
            lineBase += r.lines
            if let (line, byte) = r.problems.invalidUTF8 {
                pipeline.cancel()
                let hint = input.encoding == .utf8 && options.encoding == nil
                    ? "the start of the file looked like UTF-8 but this line is not; pass --encoding cp949 or --encoding windows-1252"
                    : "pass the file's encoding with --encoding"
                throw WortError.data(String(format: "invalid UTF-8 (byte 0x%02X)", byte),
                                     at: SourceLocation(file: file, line: base + line), hint: hint)
            }
            if let line = r.problems.unterminatedQuoteLine {
                pipeline.cancel()
                throw WortError.data("quoted field starting on this line never closes",
                                     at: SourceLocation(file: file, line: base + line),
                                     hint: "a stray \" opens a quoted field; fix the file or pass another --quote")
            }
            badRows += r.problems.badRows
            if let b = r.problems.firstBadRow, firstBad == nil { firstBad = (base + b.line, b.fields) }
            // With --on-bad-rows error, keep reading only to count the other bad rows.
            if firstBad != nil && options.onBadRows != .skip { continue }
            return r.output
        }
    }

    private func badRowError(_ b: (line: Int, fields: Int)) -> WortError {
        let more = badRows - 1
        let expected = input.columnNames.count
        var msg = "row has \(b.fields) field\(b.fields == 1 ? "" : "s"), expected \(expected)"
        if more > 0 { msg += " (and \(more) more row\(more == 1 ? "" : "s") with the wrong number of fields)" }
        let hint = options.onBadRows == .pad
            ? "rows with too many fields cannot be padded; use --on-bad-rows skip to leave them out"
            : "use --on-bad-rows skip to leave such rows out, or --on-bad-rows pad to fill missing fields with nulls"
        return WortError.data(msg, at: SourceLocation(file: file, line: b.line), hint: hint)
    }

    func cancel() { pipeline.cancel() }
}
