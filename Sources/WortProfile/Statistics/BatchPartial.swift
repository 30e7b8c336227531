/// What one batch contributes to the whole profile.
struct BatchPartial: Sendable {
    var rows: Int
    var columns: [ColumnPartial]
    /// One hash per row over all its cells, for duplicate rows.
    var rowHashes: [UInt64]
    var pairs: [PairMoments]
}
