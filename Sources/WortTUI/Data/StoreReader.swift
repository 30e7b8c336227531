import Foundation
import WortCore
import WortIO

/// The rows in memory as a `BatchReader`, so the recipe runner and the profiler work on
/// the grid's data exactly as they work on a file. It is a `ParallelBatchReader`: the
/// runner's row-wise steps and the profiler's per-batch work use both cores, as on a file.
public final class StoreReader: ParallelBatchReader, @unchecked Sendable {
    public let schema: Schema
    private let batches: [Table]
    private let lock = NSLock()
    private var next = 0
    private let cancel: CancelFlag?
    /// Whether each batch waits while foreground work runs (`ForegroundWork`).
    private let yields: Bool

    public init(_ store: RowStore, cancel: CancelFlag? = nil, yields: Bool = false) {
        schema = store.schema
        batches = store.batches
        self.cancel = cancel
        self.yields = yields
    }

    /// Only some columns of `store` (a profile of one column reads just that one).
    public convenience init(_ store: RowStore, columns: [Int], cancel: CancelFlag? = nil) {
        let fields = columns.map { store.schema.fields[$0] }
        let tables = store.batches.map { b in Table(columns: columns.map { b.columns[$0] }) }
        self.init(RowStore(schema: Schema(fields), batches: tables), cancel: cancel)
    }

    public func nextBatch() throws -> Table? {
        if yields { ForegroundWork.shared.waitForTurn(cancel: cancel) }
        if cancel?.isCancelled == true { throw JobCancelled() }
        lock.lock(); defer { lock.unlock() }
        guard next < batches.count else { return nil }
        defer { next += 1 }
        return batches[next]
    }

    public func mapBatches<T: Sendable>(_ transform: @escaping @Sendable (Table) throws -> T) -> BatchStream<T> {
        let pipeline = OrderedPipeline<Table, T>(produce: { [self] in try nextBatch() }, process: transform)
        return BatchStream { try pipeline.next() }
    }

    /// Batches done of all, for progress.
    public var progress: (done: Int, total: Int?) {
        lock.lock(); defer { lock.unlock() }
        return (next, batches.count)
    }
}
