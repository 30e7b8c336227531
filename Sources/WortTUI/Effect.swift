import WortCore
import WortIO

/// Work that `update` asks for but does not do: data, so tests can check what was asked,
/// and run by an `EffectExecutor` off the UI loop (or synchronously in tests).
public enum Effect: Sendable {
    case load(JobID, LoadRequest)
    case sort(JobID, SortRequest)
    case search(JobID, SearchRequest)
    case cancel(JobID)
    /// Any other long work (apply a recipe, preview a step, profile, save, run a job):
    /// the closure runs off the UI loop and returns the change to make when it is done.
    case work(JobID, BackgroundWork)
}

/// Work for the background with its result as a state change, so that each feature
/// adds jobs without touching the executor. `kind` names it for tests.
public struct BackgroundWork: Sendable {
    public typealias Progress = @Sendable (Double?) -> Void
    public typealias Result = @Sendable (inout AppState) -> [Effect]
    public var kind: String
    /// Work nobody waits for: its reader pauses while foreground work runs (`ForegroundWork`).
    public var yields: Bool
    public var run: @Sendable (CancelFlag, @escaping Progress) throws -> Result

    public init(kind: String, yields: Bool = false, run: @escaping @Sendable (CancelFlag, @escaping Progress) throws -> Result) {
        self.kind = kind; self.yields = yields; self.run = run
    }
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
    /// When the file does not fit: keep the first rows (nil) or a random sample.
    public var randomSampleSeed: UInt64? = nil

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
    /// Rows in the view (the filter's count when one applies).
    public var viewCount: Int? = nil
    public var column: Int
    public var needle: String
    /// First view row to look at, and the direction; the search wraps around once.
    public var start: Int
    public var forward: Bool
}
