/// Correlation moments of two profiled columns (by profile position) in one batch.
struct PairMoments: Sendable {
    var a: Int
    var b: Int
    var moments: CoMoments
}
