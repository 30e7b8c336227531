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
