import WortCore
import WortIO

/// The rows in memory as a `BatchReader`, so the recipe runner and the profiler work on
/// the grid's data exactly as they work on a file.
public final class StoreReader: BatchReader {
    public let schema: Schema
    private let batches: [Table]
    private var next = 0
    private let cancel: CancelFlag?

    public init(_ store: RowStore, cancel: CancelFlag? = nil) {
        schema = store.schema
        batches = store.batches
        self.cancel = cancel
    }

    public func nextBatch() throws -> Table? {
        if cancel?.isCancelled == true { throw JobCancelled() }
        guard next < batches.count else { return nil }
        defer { next += 1 }
        return batches[next]
    }

    /// Batches done of all, for progress.
    public var progress: (done: Int, total: Int?) { (next, batches.count) }
}
