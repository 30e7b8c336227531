import Foundation
import WortCore

/// Reads delimited text as batches. Types are inferred over the whole input first
/// (a separate parallel pass) unless `allStrings` is set or `types` are given.
public final class CSVReader: BatchReader {
    public let schema: Schema
    public let dialect: CSVDialect
    public let encoding: TextEncoding
    private let input: CSVInput
    private let pass: CSVPass<Table>
    private let spool: SpooledInput?

    /// - Parameter progress: called during the type-inference pass with bytes done/total.
    public init(source: InputSource, options: ReadOptions, types: [InferredType]? = nil,
                scanProgress: ((Int, Int?) -> Void)? = nil) throws {
        var src = source
        var columnTypes = types
        var spool: SpooledInput? = nil
        if columnTypes == nil && !options.allStrings {
            // Inference reads the input twice; stdin is kept in a temporary file for that.
            if source == .stdin { spool = try SpooledInput(stdin: ()); src = .file(spool!.path) }
            columnTypes = try CSVTypeScan.run(src, options: options, progress: scanProgress).types(threshold: options.inferenceThreshold)
        }
        self.spool = spool
        let input = try CSVInput(src, options: options)
        self.input = input
        let names = input.columnNames
        let finalTypes = columnTypes ?? Array(repeating: InferredType(type: .string), count: names.count)
        guard finalTypes.count == names.count else {
            throw WortError.usage("\(finalTypes.count) column types given for \(names.count) columns")
        }
        schema = Schema(zip(names, finalTypes).map { Field(name: $0, type: $1.type) })
        dialect = input.dialect
        encoding = input.encoding
        let tokens = options.allStrings ? NullTokens.none : options.nullTokens
        let parser = CSVChunkParser(dialect: input.dialect, columnCount: names.count, onBadRows: options.onBadRows)
        pass = CSVPass<Table>(input: input, options: options) { p, problems in
            parser.table(p, names: names, types: finalTypes, nullTokens: tokens, problems: &problems)
        }
    }

    deinit { pass.cancel() }

    public func nextBatch() throws -> Table? { try pass.next() }

    /// Rows left out by `--on-bad-rows skip` so far.
    public var skippedRows: Int { pass.badRows }

    public var progress: (done: Int, total: Int?) { (input.source.bytesRead, input.source.totalBytes) }
}
