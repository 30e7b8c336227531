import WortCore

/// What `Profiler` computes and how much memory its exact structures may use.
public struct ProfileOptions: Sendable {
    /// Columns to profile by name; nil: all. Duplicate rows are always over whole rows.
    public var columns: [String]? = nil
    public var entities = EntitySelection.all
    /// Share of non-null values that must match an entity type to flag a column.
    public var entityThreshold = 0.8
    public var nullTokens = NullTokens.default
    /// Share of non-null values that must fit a type for inference to choose it.
    public var inferenceThreshold = 0.95
    /// Bytes all columns' exact value tables may use together; a column whose table
    /// outgrows its share switches to sketches (HyperLogLog, KLL, Misra-Gries).
    public var exactBudgetBytes = 160 << 20
    /// Row hashes kept for the exact duplicate count (64 MB of table at most); beyond,
    /// HyperLogLog estimates it.
    public var maxExactRowHashes = 5_800_000
    /// Profile the first N rows only (`sampleSeed` nil) or N random rows.
    public var sampleRows: Int? = nil
    public var sampleSeed: UInt64? = nil
    /// Whether a typed source's text columns are text (the rows in the TUI, typed over
    /// all rows when loaded) rather than text whose type is inferred here (Parquet and
    /// JSON strings, which may hold numbers or dates).
    public var trustDeclaredText = false
    /// Histogram bins (DataBrew's `binNumber`).
    public var bins = 20
    public init() {}
}
