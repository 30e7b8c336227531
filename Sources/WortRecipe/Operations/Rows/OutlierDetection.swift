import WortCore

/// How FLAG_OUTLIERS and REMOVE_OUTLIERS decide that a value is an outlier, from the
/// statistics of every value of the column (so both steps are `.whole`).
struct OutlierDetection: Sendable {
    enum Strategy: String, Sendable, CaseIterable {
        case zScore = "Z_SCORE", modifiedZScore = "MODIFIED_Z_SCORE", iqr = "IQR"
    }
    let strategy: Strategy
    let threshold: Double

    /// Reads `sourceColumn` (which must be numeric), `outlierStrategy` and `threshold`.
    /// DataBrew's default threshold is 3; for IQR Wort defaults to Tukey's usual 1.5 (a
    /// fence 3 IQRs out is "far out" and flags almost nothing).
    static func plan(_ context: inout StepContext) -> (column: Int, detection: OutlierDetection)? {
        let i = FillFromStatistic.numericColumn(&context)
        let name = context.choice("outlierStrategy", Strategy.allCases.map(\.rawValue))
        let strategy = name.flatMap(Strategy.init(rawValue:))
        let threshold = context.double("threshold", default: strategy == .iqr ? 1.5 : 3)
        if let threshold, !(threshold > 0) { context.problem("threshold", "the threshold must be above 0, not \(threshold)") }
        guard let i, let strategy, let threshold, threshold > 0 else { return nil }
        return (i, OutlierDetection(strategy: strategy, threshold: threshold))
    }

    /// The test for one value, given all the column's values. A column whose spread is
    /// zero (or too few values to have one) has no outliers.
    func test(for values: [Double]) -> @Sendable (Double) -> Bool {
        let t = threshold
        switch strategy {
        case .zScore:
            // Sample standard deviation (`stddev_samp`), as the SQL export uses.
            guard let mean = Numeric.mean(values), let v = Numeric.sampleVariance(values), v > 0 else { return { _ in false } }
            let sd = v.squareRoot()
            return { abs(($0 - mean) / sd) > t }
        case .modifiedZScore:
            // Iglewicz and Hoaglin: 0.6745 (x − median) / MAD, MAD the median of |x − median|.
            guard let m = Numeric.median(values), let mad = Numeric.median(values.map { abs($0 - m) }), mad > 0 else {
                return { _ in false }
            }
            return { abs(0.6745 * ($0 - m) / mad) > t }
        case .iqr:
            let sorted = values.sorted()
            guard let q1 = Numeric.quantile(sorted: sorted, 0.25), let q3 = Numeric.quantile(sorted: sorted, 0.75) else {
                return { _ in false }
            }
            let low = q1 - t * (q3 - q1), high = q3 + t * (q3 - q1)
            return { $0 < low || $0 > high }
        }
    }
}
