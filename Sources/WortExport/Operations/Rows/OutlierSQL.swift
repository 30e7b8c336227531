import WortCore

/// How FLAG_OUTLIERS and REMOVE_OUTLIERS judge a value (Wort's OutlierDetection), as SQL:
/// the column's statistics as windows over all rows (`OVER ()`: a cross join with a
/// statistics subquery would read the input twice, see FillStatistic), and a test that is
/// never NULL. A column with no spread (or too few values) has no outliers; a NULL cell
/// is never one.
///
/// - Z_SCORE: `abs((x - mean) / sd) > t`, `sd` the sample standard deviation.
/// - MODIFIED_Z_SCORE: `abs(0.6745 * (x - median) / MAD) > t`, MAD the median of
///   `abs(x - median)` (a second level over the first median).
/// - IQR: `x < q1 - t * (q3 - q1) OR x > q3 + t * (q3 - q1)`.
///
/// Medians and quartiles are interpolated (`quantile_cont` / `percentile`), as Wort's.
/// Divisions are guarded: Spark's ANSI mode fails on a division by zero.
struct OutlierSQL {
    /// The input with the statistics on every row (`_wort_*` columns).
    var from: String
    /// The outlier test of a row (never NULL).
    var test: String
    /// The column as a DOUBLE.
    var x: String

    /// Reads `sourceColumn`, `outlierStrategy` and `threshold`; `extra` are more
    /// statistics of `x` (name: aggregate) to compute in the same subquery.
    static func make(_ l: inout Lowering, extra: (String) -> [(String, String)] = { _ in [] }) throws -> (column: String, sql: OutlierSQL) {
        let d = l.dialect
        let c = l.params.string("sourceColumn") ?? ""
        let strategy = l.params.choice("outlierStrategy", ["Z_SCORE", "MODIFIED_Z_SCORE", "IQR"]) ?? "Z_SCORE"
        let threshold = d.double(l.params.double("threshold", default: strategy == "IQR" ? 1.5 : 3) ?? 3)
        let x = l.number(c)
        var aggregates: [(String, String)]
        var source = l.from
        let test: String
        switch strategy {
        case "Z_SCORE":
            aggregates = [("_wort_mean", "avg(\(x))"), ("_wort_sd", "stddev_samp(\(x))")]
            test = "CASE WHEN _wort_sd > 0 THEN abs((\(x) - _wort_mean) / _wort_sd) > \(threshold) ELSE FALSE END"
        case "MODIFIED_Z_SCORE":
            source = "(SELECT *, \(d.quantile(x, 0.5)) OVER () AS _wort_median FROM \(l.from)) AS wort_median"
            aggregates = [("_wort_mad", d.quantile("abs(\(x) - _wort_median)", 0.5))]
            test = "CASE WHEN _wort_mad > 0 THEN abs(\(d.double(0.6745)) * (\(x) - _wort_median) / _wort_mad) > \(threshold) ELSE FALSE END"
        default:
            aggregates = [("_wort_q1", d.quantile(x, 0.25)), ("_wort_q3", d.quantile(x, 0.75))]
            test = "(\(x) < _wort_q1 - \(threshold) * (_wort_q3 - _wort_q1) OR \(x) > _wort_q3 + \(threshold) * (_wort_q3 - _wort_q1))"
        }
        aggregates += extra(x)
        let from = "(SELECT *, " + aggregates.map { "\($0.1) OVER () AS \($0.0)" }.joined(separator: ", ") + " FROM \(source)) AS wort_stats"
        return (c, OutlierSQL(from: from, test: "coalesce(\(test), FALSE)", x: x))
    }
}
