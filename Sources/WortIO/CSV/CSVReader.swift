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
    /// Types guessed from the first megabytes, checked at the end (`ReadOptions.guessTypes`).
    private let guessed: Bool
    private var pull: (() throws -> Table?)?
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
        var guessed = false
        if columnTypes == nil && !options.allStrings {
            // Inference reads the input twice; stdin and pipes are kept in a temporary file.
            (src, spool) = try SpooledInput.rereadable(source)
            if options.guessTypes && spool == nil {
                columnTypes = try CSVTypeScan.guess(CSVInput(src, options: options, displayName: source.displayName), options: options)
                guessed = true
            } else {
                columnTypes = try CSVTypeScan.run(src, displayName: source.displayName, options: options, progress: scanProgress).types(threshold: options.inferenceThreshold, keepInvalidAsText: options.keepInvalidAsText)
            }
        }
        self.guessed = guessed
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

    private func start<T: Sendable>(_ transform: @escaping @Sendable (Table) throws -> T) -> () throws -> T? {
        let names = schema.names, types = columnTypes, tokens = tokens
        let parser = CSVChunkParser(dialect: input.dialect, columnCount: names.count, onBadRows: options.onBadRows)
        guard guessed else {
            let pass = CSVPass<T>(input: input, options: options) { chunk, p, problems in
                try transform(parser.table(chunk, p, names: names, types: types, nullTokens: tokens, problems: &problems))
            }
            skipped = { [weak pass] in pass?.badRows ?? 0 }
            cancelRunning = { [weak pass] in pass?.cancel() }
            return { try pass.next() }
        }
        let exact = options.keepInvalidAsText, threshold = options.inferenceThreshold
        let pass = CSVPass<(T, [TypeEvidence])>(input: input, options: options) { chunk, p, problems in
            let (table, evidence) = parser.tableAndEvidence(chunk, p, names: names, types: types, nullTokens: tokens,
                                                            exactTypesOnly: exact, problems: &problems)
            return (try transform(table), evidence)
        }
        skipped = { [weak pass] in pass?.badRows ?? 0 }
        cancelRunning = { [weak pass] in pass?.cancel() }
        var whole = Array(repeating: TypeEvidence(), count: names.count)
        let file = input.displayName
        return {
            guard let (out, evidence) = try pass.next() else {
                let final = CSVTypeScan.types(whole, threshold: threshold, keepInvalidAsText: exact)
                if final != types { throw CSVTypesChanged(file: file, columns: names, guessed: types, types: final) }
                return nil
            }
            for k in evidence.indices { whole[k].merge(evidence[k]) }
            return out
        }
    }

    public func nextBatch() throws -> Table? {
        if pull == nil { pull = start { $0 } }
        return try pull!()
    }

    public func mapBatches<T: Sendable>(_ transform: @escaping @Sendable (Table) throws -> T) -> BatchStream<T> {
        BatchStream(start(transform))
    }

    /// Rows left out by `--on-bad-rows skip` so far.
    public var skippedRows: Int { skipped() }

    public var progress: (done: Int, total: Int?) { (input.source.bytesRead, input.source.totalBytes) }

    /// Whether types were guessed (one pass) rather than inferred over the whole file first.
    public var typesGuessed: Bool { guessed }
}

/// A one-pass typed read (`ReadOptions.guessTypes`) found at its end that the whole
/// file calls for other column types than the first megabytes did: everything read so
/// far must be read again with `types`.
public struct CSVTypesChanged: Error, CustomStringConvertible {
    public let file: String
    public let columns: [String]
    public let guessed: [InferredType]
    public let types: [InferredType]

    public var description: String {
        let changed = columns.indices.filter { guessed[$0] != types[$0] }.map {
            "\(columns[$0]): \(guessed[$0].type) → \(types[$0].type)"
        }
        return "\(file): column types differ from the first rows' (\(changed.joined(separator: ", "))); read it again with these types"
    }
}
