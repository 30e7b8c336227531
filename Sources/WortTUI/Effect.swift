import WortCore
import WortIO

/// Work that `update` asks for but does not do: data, so tests can check what was asked,
/// and run by an `EffectExecutor` off the UI loop (or synchronously in tests).
public enum Effect: Sendable {
    case load(JobID, LoadRequest)
    case sort(JobID, SortRequest)
    case search(JobID, SearchRequest)
    case cancel(JobID)
}

/// A file to open in the grid.
public struct LoadRequest: Sendable {
    public var path: String
    public var format: TableFormat?
    public var options: ReadOptions
    /// Most bytes the loaded batches may take; beyond it the grid keeps a sample.
    public var memoryBudget: Int
    /// Rows typed from themselves for the first screen while the full read starts.
    public var previewRows: Int

    public init(path: String, format: TableFormat? = nil, options: ReadOptions = ReadOptions(),
                memoryBudget: Int, previewRows: Int = 1000) {
        self.path = path; self.format = format; self.options = options
        self.memoryBudget = memoryBudget; self.previewRows = previewRows
    }
}

/// Sort the loaded rows by one column (for viewing; nothing is recorded).
public struct SortRequest: Sendable {
    public var store: RowStore
    public var column: Int
    public var descending: Bool
}

/// Find the next view row whose cell in `column` contains `needle`.
public struct SearchRequest: Sendable {
    public var store: RowStore
    public var permutation: [Int32]?
    public var column: Int
    public var needle: String
    /// First view row to look at, and the direction; the search wraps around once.
    public var start: Int
    public var forward: Bool
}
