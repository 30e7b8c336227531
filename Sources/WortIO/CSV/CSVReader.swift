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
    /// Of a guess: the columns whose type evidence is gathered while reading.
    private let observed: [Bool]
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
        var observed: [Bool] = []
        if columnTypes == nil && !options.allStrings {
            // Inference reads the input twice; stdin and pipes are kept in a temporary file.
            (src, spool) = try SpooledInput.rereadable(source)
            if options.guessTypes && spool == nil {
                let guess = try CSVTypeScan.guess(CSVInput(src, options: options, displayName: source.displayName), options: options)
                columnTypes = guess.types
                observed = guess.observed
                guessed = true
            } else {
                columnTypes = try CSVTypeScan.run(src, displayName: source.displayName, options: options, progress: scanProgress).types(threshold: options.inferenceThreshold, keepInvalidAsText: options.keepInvalidAsText)
            }
        }
        self.guessed = guessed
        self.observed = observed
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
        let exact = options.keepInvalidAsText, threshold = options.inferenceThreshold, observed = observed
        // Per chunk: the table made with the guessed types, the evidence of the observed
        // columns, and the other columns that have a value their type cannot read.
        let pass = CSVPass<(T, [TypeEvidence], [Int])>(input: input, options: options) { chunk, p, problems in
            let (table, evidence) = parser.tableAndEvidence(chunk, p, names: names, types: types, observed: observed,
                                                            nullTokens: tokens, exactTypesOnly: exact, problems: &problems)
            let contradicted = exact ? table.columns.indices.filter { !observed[$0] && !table.columns[$0].invalid.isEmpty } : []
            return (try transform(table), evidence, contradicted)
        }
        skipped = { [weak pass] in pass?.badRows ?? 0 }
        cancelRunning = { [weak pass] in pass?.cancel() }
        var whole = Array(repeating: TypeEvidence(), count: names.count)
        let file = input.displayName
        return {
            guard let (out, evidence, contradicted) = try pass.next() else {
                let inferred = CSVTypeScan.types(whole, threshold: threshold, keepInvalidAsText: exact)
                let final = types.indices.map { observed[$0] ? inferred[$0] : types[$0] }
                if final != types { throw CSVTypesChanged(file: file, columns: names, guessed: types, types: final) }
                return nil
            }
            if !contradicted.isEmpty {
                // Its type is wrong, and which type is right needs all of its values: stop now.
                throw CSVTypesChanged(file: file, columns: names, guessed: types, types: nil, contradicted: contradicted)
            }
            for k in evidence.indices where observed[k] { whole[k].merge(evidence[k]) }
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

/// A one-pass typed read (`ReadOptions.guessTypes`) found that the whole file calls for
/// other column types than its first megabytes did: everything read so far must be read
/// again, with `types` when the read could tell them, else with types inferred over the
/// whole file first.
public struct CSVTypesChanged: Error, CustomStringConvertible {
    public let file: String
    public let columns: [String]
    public let guessed: [InferredType]
    /// The whole file's types, when the read found them at its end.
    public let types: [InferredType]?
    /// Columns with a value their guessed type cannot read (when `types` is nil).
    public let contradicted: [Int]

    init(file: String, columns: [String], guessed: [InferredType], types: [InferredType]?, contradicted: [Int] = []) {
        self.file = file; self.columns = columns; self.guessed = guessed; self.types = types
        self.contradicted = contradicted
    }

    public var description: String {
        guard let types else {
            let named = contradicted.map { "\(columns[$0]) is not all \(guessed[$0].type)" }
            return "\(file): column types differ from the first rows' (\(named.joined(separator: ", "))); read it again with types inferred over the whole file"
        }
        let changed = columns.indices.filter { guessed[$0] != types[$0] }.map {
            "\(columns[$0]): \(guessed[$0].type) → \(types[$0].type)"
        }
        return "\(file): column types differ from the first rows' (\(changed.joined(separator: ", "))); read it again with these types"
    }
}
