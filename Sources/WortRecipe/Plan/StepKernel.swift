import WortCore

/// How a planned step transforms the data, by what it needs to see at once.
public enum StepKernel: Sendable {
    /// Row-independent: each batch on its own, on any thread, in any order.
    case map(@Sendable (Table) throws -> Table)
    /// Stateful, batches in order (duplicates seen so far, the last valid value,
    /// seeded randomness, unmatched rows of an outer join).
    case stream(@Sendable () -> any BatchTransform)
    /// Needs every row at once (sort, group by, fills from column statistics).
    case whole(@Sendable (Table) throws -> Table)
    /// Work to do once before any row flows (load the second dataset of a join), giving
    /// the real kernel. Pre-flight never calls it, so checking a recipe reads no data.
    case deferred(@Sendable () throws -> StepKernel)
}

/// A stateful step's state for one run.
public protocol BatchTransform: AnyObject {
    /// The rows this batch gives (maybe none).
    func process(_ batch: Table) throws -> Table
    /// Rows to emit after the last batch (e.g. right rows a join never matched).
    func finish() throws -> Table?
}
