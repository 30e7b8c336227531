import WortCore

/// Yields a file's rows as batches (`Table`s of bounded size), in order.
/// The schema is known before the first batch.
public protocol BatchReader: AnyObject {
    var schema: Schema { get }
    /// The next batch, or nil at the end.
    func nextBatch() throws -> Table?
    /// Bytes consumed so far and in all (nil when unknown, e.g. stdin); for progress.
    var progress: (done: Int, total: Int?) { get }
}

/// A reader that can run a transformation of each batch on its own worker threads
/// (e.g. a writer's encoding), handing back the results in order.
public protocol ParallelBatchReader: BatchReader {
    /// Results of `transform` for each batch, in order. Use either this or `nextBatch()`.
    func mapBatches<T: Sendable>(_ transform: @escaping @Sendable (Table) throws -> T) -> BatchStream<T>
}

/// Results of a `mapBatches`, pulled one at a time.
public final class BatchStream<T: Sendable> {
    private let pull: () throws -> T?
    public init(_ pull: @escaping () throws -> T?) { self.pull = pull }
    public func next() throws -> T? { try pull() }
}

/// A writer whose encoding of a batch is a pure function, so it can run in parallel;
/// `writeEncoded` then only appends bytes, in order.
public protocol ParallelEncodingWriter: BatchWriter {
    func makeEncoder() -> @Sendable (Table) throws -> [UInt8]
    func writeEncoded(_ bytes: [UInt8], schema: Schema) throws
}

/// Consumes batches in order and writes them out.
public protocol BatchWriter: AnyObject {
    func write(_ batch: Table) throws
    /// Flushes everything; the output is complete only after this returns.
    func finish() throws
}

/// What to do with a CSV row whose field count differs from the header's.
public enum BadRowPolicy: String, Sendable, CaseIterable {
    /// Stop with an error naming the first bad line and how many more there are.
    case error
    /// Leave the row out (and count it).
    case skip
    /// Fill missing fields with null; extra fields are an error.
    case pad
}

/// Options every reader understands (each ignores what does not apply to its format).
public struct ReadOptions: Sendable {
    /// Keep every value as text: no type inference, no null tokens.
    public var allStrings = false
    /// nil: sniff.
    public var hasHeader: Bool? = nil
    /// nil: sniff among `,` `;` TAB `|`.
    public var delimiter: UInt8? = nil
    /// nil: sniff.
    public var quote: UInt8? = nil
    /// nil: detect (UTF-8, else CP949 or Windows-1252).
    public var encoding: TextEncoding? = nil
    public var nullTokens = NullTokens.default
    public var onBadRows = BadRowPolicy.error
    /// Rows per batch (formats that cut batches by rows).
    public var batchRows = 65_536
    /// Bytes read at a time; CSV batches are whole records cut from such blocks.
    /// Small values make many chunks (tests use this to cross chunk boundaries).
    public var blockBytes = 1 << 20
    /// Share of non-null values that must fit a type for inference to choose it.
    public var inferenceThreshold = 0.95
    /// Infer text for any column that would have invalid cells. Set when the output
    /// cannot keep an invalid cell's original text (Parquet), so nothing is lost.
    public var keepInvalidAsText = false
    /// A typed CSV read in one pass instead of two: types are guessed from the first
    /// megabytes, every value's type evidence is gathered while reading, and at the end a
    /// guess that the whole file contradicts ends the read with `CSVTypesChanged`, which
    /// carries the right types for reading again. Only for callers that can start over
    /// (convert, run); inputs that cannot be read twice (stdin) get the two passes.
    public var guessTypes = false
    /// Column types of delimited files already known, by path as given (a read again
    /// after `CSVTypesChanged`): no inference, no guess.
    public var knownTypes: [String: [InferredType]] = [:]
    /// Read at most this many rows (e.g. `head`); readers that make a first pass over the
    /// whole input to find columns and types stop it there. nil: all rows.
    public var rowLimit: Int? = nil
    /// Spreadsheet to read from a workbook: its name, or its 1-based position. nil: the first.
    public var sheet: String? = nil

    public init() {}
}

/// Where the bytes come from.
public enum InputSource: Sendable, Equatable {
    case file(String)
    case stdin

    public init(argument: String) { self = argument == "-" ? .stdin : .file(argument) }

    /// The name used in messages.
    public var displayName: String {
        switch self {
        case .file(let p): p
        case .stdin: "<stdin>"
        }
    }
}
