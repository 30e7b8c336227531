import Foundation

extension NumberSummary {
    static let outlierZ = 3.0
    static let outlierSample = 50

    /// Exact statistics from every value of a column.
    init?(exact w: WeightedValues, zeros: Int, bins: Int) {
        guard !w.isEmpty else { return nil }
        let n = Double(w.total)
        let sum = w.weightedSum { $0 }
        let mean = sum / n
        var m = Moments()
        m.n = n; m.mean = mean
        m.m2 = w.weightedSum { ($0 - mean) * ($0 - mean) }
        m.m3 = w.weightedSum { let d = $0 - mean; return d * d * d }
        m.m4 = w.weightedSum { let d = $0 - mean; return d * d * d * d }
        m.min = w.values.first!; m.max = w.values.last!
        m.zeros = zeros
        self.init(moments: m, sum: sum, order: w, bins: bins)
    }

    /// Moments exact (streamed); order statistics, histograms and outliers from `order`,
    /// which may be a quantile sketch's items.
    init(moments m: Moments, sum: Double, order w: WeightedValues, bins: Int) {
        self.init()
        count = Int(m.n)
        min = m.min; max = m.max; mean = m.mean; self.sum = sum; range = m.max - m.min
        zerosCount = m.zeros
        let n = m.n
        if n >= 2 {
            let v = Swift.max(0, m.m2 / (n - 1))
            variance = v; standardDeviation = v.squareRoot()
        }
        let m2n = m.m2 / n
        if n >= 3, m2n > 0 {
            skewness = (n * (n - 1)).squareRoot() / (n - 2) * (m.m3 / n) / pow(m2n, 1.5)
        }
        if n >= 4, m2n > 0 {
            let m4n = m.m4 / n
            kurtosis = (n - 1) * ((n + 1) * m4n / (m2n * m2n) - 3 * (n - 1)) / ((n - 2) * (n - 3))
        }
        guard !w.isEmpty else { return }
        median = w.quantile(0.5); mode = w.mode
        percentile5 = w.quantile(0.05); percentile25 = w.quantile(0.25)
        percentile75 = w.quantile(0.75); percentile95 = w.quantile(0.95)
        interquartileRange = percentile75 - percentile25
        let med = median
        medianAbsoluteDeviation = WeightedValues(zip(w.values, w.counts).map { (abs($0 - med), $1) }).quantile(0.5)
        valueDistribution = NumberSummary.histogram(w, min: min, max: max, bins: bins)
        if let sd = standardDeviation, sd > 0 {
            // The value buckets in z-scores; the first is open below, as DataBrew writes it.
            zScoreDistribution = valueDistribution.enumerated().map { i, b in
                Bucket(low: i == 0 ? nil : b.low.map { ($0 - mean) / sd }, high: b.high.map { ($0 - mean) / sd }, count: b.count)
            }
            var outliers: [(value: Double, zScore: Double)] = []
            for (i, v) in w.values.enumerated() {
                let z = (v - mean) / sd
                if abs(z) > NumberSummary.outlierZ {
                    zScoreOutliersCount += w.counts[i]
                    outliers.append((v, z))
                }
            }
            outliers.sort { abs($0.zScore) > abs($1.zScore) }
            zScoreOutliers = Array(outliers.prefix(NumberSummary.outlierSample))
        }
    }

    /// Equal-width bins from min to max; the first bucket is closed below at min, the
    /// last open above ("inf"), as DataBrew writes them. One bucket when min == max.
    static func histogram(_ w: WeightedValues, min: Double, max: Double, bins: Int) -> [Bucket] {
        guard max > min, bins > 1 else { return [Bucket(low: min, high: nil, count: w.total)] }
        let width = (max - min) / Double(bins)
        var counts = [Int](repeating: 0, count: bins)
        for (i, v) in w.values.enumerated() {
            let b = Swift.min(bins - 1, Swift.max(0, Int(((v - min) / width).rounded(.down))))
            counts[b] += w.counts[i]
        }
        return (0..<bins).map { b in
            Bucket(low: min + Double(b) * width, high: b == bins - 1 ? nil : min + Double(b + 1) * width, count: counts[b])
        }
    }
}
