import WortCore

/// What one batch contributes to one column's statistics, computed on a worker thread.
struct ColumnPartial: Sendable {
    var rows = 0
    /// Null cells: missing fields, null tokens (empty included).
    var nulls = 0
    var evidence = TypeEvidence()
    var lengths = LengthCounts()
    var patterns = FrequencyTable()
    /// The batch's distinct values with counts, unless the column is sketching.
    var values: FrequencyTable?
    /// The batch's sketches, when the column is sketching.
    var sketch: SketchState?
    var detector: ColumnEntityDetector
    /// Whether the batch had numbers in this column but left it out of the correlations
    /// (more numeric columns than `BatchProfiler.maxCorrelated`).
    var missedCorrelation = false
}

/// Correlation moments of two profiled columns (by profile position) in one batch.
struct PairMoments: Sendable {
    var a: Int
    var b: Int
    var moments: CoMoments
}

/// What one batch contributes to the whole profile.
struct BatchPartial: Sendable {
    var rows: Int
    var columns: [ColumnPartial]
    /// One hash per row over all its cells, for duplicate rows.
    var rowHashes: [UInt64]
    var pairs: [PairMoments]
}
