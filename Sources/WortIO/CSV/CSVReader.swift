import Foundation
import WortCore

/// Reads delimited text as batches. Types are inferred over the whole input first
/// (a separate parallel pass) unless `allStrings` is set or `types` are given.
public final class CSVReader: ParallelBatchReader {
    public let schema: Schema
    public let dialect: CSVDialect
    public let encoding: TextEncoding
    private let input: CSVInput
    private let options: ReadOptions
    private let columnTypes: [InferredType]
    /// Each column's type and how its dates are read (for programs that must read the
    /// file the same way, e.g. recipe exports).
    public var inferredTypes: [InferredType] { columnTypes }
    private let tokens: NullTokens
    private var pass: CSVPass<Table>?
    /// Whichever pass is running, for cancelling and counting.
    private var skipped: () -> Int = { 0 }
    private var cancelRunning: () -> Void = {}
    private let spool: SpooledInput?

    /// - Parameter progress: called during the type-inference pass with bytes done/total.
    public init(source: InputSource, options: ReadOptions, types: [InferredType]? = nil,
                scanProgress: ((Int, Int?) -> Void)? = nil) throws {
        var src = source
        var columnTypes = types
        var spool: SpooledInput? = nil
        if columnTypes == nil && !options.allStrings {
            // Inference reads the input twice; stdin and pipes are kept in a temporary file.
            (src, spool) = try SpooledInput.rereadable(source)
            columnTypes = try CSVTypeScan.run(src, displayName: source.displayName, options: options, progress: scanProgress).types(threshold: options.inferenceThreshold, keepInvalidAsText: options.keepInvalidAsText)
        }
        self.spool = spool
        let input = try CSVInput(src, options: options, displayName: source.displayName)
        self.input = input
        let names = input.columnNames
        let finalTypes = columnTypes ?? Array(repeating: InferredType(type: .string), count: names.count)
        guard finalTypes.count == names.count else {
            throw WortError.usage("\(finalTypes.count) column types given for \(names.count) columns")
        }
        schema = Schema(zip(names, finalTypes).map { Field(name: $0, type: $1.type) })
        dialect = input.dialect
        encoding = input.encoding
        tokens = options.allStrings ? NullTokens.none : options.nullTokens
        self.options = options
        self.columnTypes = finalTypes
    }

    deinit { cancelRunning() }

    private func start<T: Sendable>(_ transform: @escaping @Sendable (Table) throws -> T) -> CSVPass<T> {
        let names = schema.names, types = columnTypes, tokens = tokens
        let parser = CSVChunkParser(dialect: input.dialect, columnCount: names.count, onBadRows: options.onBadRows)
        let pass = CSVPass<T>(input: input, options: options) { chunk, p, problems in
            try transform(parser.table(chunk, p, names: names, types: types, nullTokens: tokens, problems: &problems))
        }
        skipped = { [weak pass] in pass?.badRows ?? 0 }
        cancelRunning = { [weak pass] in pass?.cancel() }
        return pass
    }

    public func nextBatch() throws -> Table? {
        if pass == nil { pass = start { $0 } }
        return try pass!.next()
    }

    public func mapBatches<T: Sendable>(_ transform: @escaping @Sendable (Table) throws -> T) -> BatchStream<T> {
        let pass = start(transform)
        return BatchStream { try pass.next() }
    }

    /// Rows left out by `--on-bad-rows skip` so far.
    public var skippedRows: Int { skipped() }

    public var progress: (done: Int, total: Int?) { (input.source.bytesRead, input.source.totalBytes) }
}
