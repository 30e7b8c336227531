/// A profile of a dataset: DataBrew's dataset statistics and one `ColumnProfile` per column.
public struct DatasetProfile: Sendable {
    public var source: String
    /// Rows profiled (DataBrew's `sampleSize`).
    public var rows = 0
    /// Columns in the dataset (profiled or not).
    public var columnCount = 0
    public var duplicateRowsCount = 0
    /// false when there were too many rows to keep every row's hash (HyperLogLog estimate).
    public var duplicateRowsExact = true
    /// Null or empty cells of the profiled columns.
    public var missingCells = 0
    public var columns: [ColumnProfile] = []
    /// "full dataset", "first 1,000 rows", "1,000 random rows (seed 7)".
    public var sampleDescription = "full dataset"
    public var entityThreshold = 0.8
    public var sketches: [SketchNote] = []
    public init(source: String) { self.source = source }

    public var sensitiveColumns: [ColumnProfile] { columns.filter(\.isSensitive) }
}
