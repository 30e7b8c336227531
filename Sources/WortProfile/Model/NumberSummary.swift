/// DataBrew's numeric statistics, over a column's values (numbers, dates as days) or,
/// for strings, over their lengths in characters.
public struct NumberSummary: Sendable {
    public var count = 0
    public var min = 0.0, max = 0.0, mean = 0.0, sum = 0.0, range = 0.0
    public var median = 0.0, mode = 0.0
    /// Sample variance and standard deviation (divided by n - 1), as DuckDB's var_samp.
    public var variance: Double?
    public var standardDeviation: Double?
    /// Bias-adjusted sample skewness and excess kurtosis (DuckDB's skewness/kurtosis).
    public var skewness: Double?
    public var kurtosis: Double?
    /// Linear interpolation between closest ranks (DuckDB's quantile_cont, numpy's default).
    public var percentile5 = 0.0, percentile25 = 0.0, percentile75 = 0.0, percentile95 = 0.0
    public var interquartileRange = 0.0
    /// Median of the absolute deviations from the median, interpolated the same way.
    public var medianAbsoluteDeviation = 0.0
    public var zerosCount = 0
    public var valueDistribution: [Bucket] = []
    public var zScoreDistribution: [Bucket] = []
    public var zScoreOutliersCount = 0
    /// Up to 50, largest |z| first.
    public var zScoreOutliers: [(value: Double, zScore: Double)] = []
}
