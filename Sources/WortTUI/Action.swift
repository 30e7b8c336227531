import WortCore

/// Identifies one run of a background job, so that a late report of a replaced or
/// cancelled job is recognised and dropped.
public typealias JobID = Int

/// Everything that can change the state: input from the terminal, and reports that
/// background jobs post back (from any thread, hence Sendable).
public enum Action: Sendable {
    case key(Key)
    case command(Command)
    case resize(width: Int, height: Int)
    case click(x: Int, y: Int)
    case wheel(up: Bool)

    /// Reports of a load job.
    case load(JobID, LoadReport)
    /// A sort finished: view row `i` shows data row `permutation[i]`.
    case sorted(JobID, permutation: [Int32])
    /// A search finished: the first matching view row, or nil.
    case searched(JobID, found: Int?)
    case progress(JobID, fraction: Double?)
    case jobFailed(JobID, message: String)
    /// A background work item finished: its result, as a change to make to the state.
    case deliver(JobID, @Sendable (inout AppState) -> [Effect])
    case jobCancelled(JobID)
}

/// What a load job says as it goes.
public enum LoadReport: Sendable {
    /// The first rows, typed from those rows alone, shown while the full read starts.
    case preview(Schema, Table)
    /// The pass that infers types over the whole file (CSV): bytes done / total.
    case scanning(fraction: Double?)
    /// A batch of the full read; replaces any preview when it is the first.
    case batch(Table, fraction: Double?)
    /// Done: `sample` says why not everything was kept, nil when the data is complete.
    case finished(sample: SampleReason?)
    /// At the pace so far the whole file would not fit the memory budget: the grid will
    /// end up with a sample (said early, so nobody waits for data that will not come).
    case sampleAhead
}

/// Why the grid holds only the first rows of a file.
public enum SampleReason: Equatable, Sendable {
    /// Keeping more would take more memory than the budget allows.
    case memory(budgetBytes: Int)
    /// The file is bigger than the budget: rows were kept at random, each with the same
    /// chance, in file order (repeatable with the seed).
    case random(seed: UInt64, budgetBytes: Int)
    /// The user stopped loading.
    case cancelled
    /// Reading failed part way; the message says where.
    case failed(String)
}
