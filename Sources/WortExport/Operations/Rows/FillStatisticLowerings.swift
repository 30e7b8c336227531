import WortCore

/// The FILL_WITH_* steps that fill missing cells with one statistic of the whole column
/// (Wort's FillFromStatistic), as a window over all rows (`stat OVER ()`). With conditions
/// the statistic still covers every row (ConditionalStep merges afterwards).
///
/// Why a window and not `(SELECT stat FROM input)` or a cross join with the statistics:
/// those read the input view twice, and as every step is a view over the one before,
/// chained steps double the plan each time (15 steps took minutes to plan in Spark). The
/// cost of `OVER ()`: Spark computes it in one partition.
enum FillStatistic {
    /// Average and median: the column becomes DOUBLE; `coalesce(CAST(c AS DOUBLE), stat OVER ())`.
    static func numeric(_ l: inout Lowering, _ statistic: (String) -> String) -> String {
        let c = l.params.string("sourceColumn") ?? ""
        let x = l.number(c)
        return l.project([c: "coalesce(\(x), \(statistic(x)) OVER ())"])
    }

    /// Mode: the most frequent non-missing value (NULL and '' do not count); ties go to
    /// the value seen first: each row gets its value's count and first row order (windows
    /// by value), and the mode is `min_by(c, (-count, first))` (the engines' own `mode()`
    /// breaks ties arbitrarily, scale-out.md §2.4 #5). The column keeps its type.
    static func mode(_ l: inout Lowering) -> String {
        let c = l.params.string("sourceColumn") ?? ""
        let type = l.type(of: c) ?? .string
        let x = l.col(c)
        let missing = l.isMissing(x, type)
        let counted = "(SELECT *, count(\(x)) OVER (PARTITION BY \(x)) AS _wort_n, min(\(l.rid)) OVER (PARTITION BY \(x)) AS _wort_f FROM \(l.from)) AS wort_t"
        let key = l.dialect.orderKey([("n", "-_wort_n"), ("f", "_wort_f")])
        let mode = "min_by(\(x), CASE WHEN NOT \(missing) THEN \(key) END) OVER ()"
        return l.project([c: "CASE WHEN \(missing) THEN coalesce(\(mode), \(x)) ELSE \(x) END"], from: counted)
    }
}

/// FILL_WITH_AVERAGE: the mean of the column's values (DOUBLE).
enum FillWithAverageLowering: StepLowering {
    static let operation = "FILL_WITH_AVERAGE"
    static func lower(_ l: inout Lowering) throws -> String { FillStatistic.numeric(&l) { "avg(\($0))" } }
}

/// FILL_WITH_MEDIAN: the interpolated median (DOUBLE; `quantile_cont` / `percentile`).
enum FillWithMedianLowering: StepLowering {
    static let operation = "FILL_WITH_MEDIAN"
    static func lower(_ l: inout Lowering) throws -> String {
        let d = l.dialect
        return FillStatistic.numeric(&l) { d.quantile($0, 0.5) }
    }
}

/// FILL_WITH_SUM: the sum, in the column's type (integers and decimals add exactly; a sum
/// beyond BIGINT fails the job, as it stops `wort run`). No values: nothing is filled.
enum FillWithSumLowering: StepLowering {
    static let operation = "FILL_WITH_SUM"
    static func lower(_ l: inout Lowering) throws -> String {
        let c = l.params.string("sourceColumn") ?? ""
        let type = l.type(of: c) ?? .double
        let x = l.col(c)
        let sum = type == .double ? "sum(\(x)) OVER ()" : "CAST(sum(\(x)) OVER () AS \(l.dialect.type(type)))"
        return l.project([c: "coalesce(\(x), \(sum))"])
    }
}

/// FILL_WITH_MODE: see `FillStatistic.mode`.
enum FillWithModeLowering: StepLowering {
    static let operation = "FILL_WITH_MODE"
    static func lower(_ l: inout Lowering) throws -> String { FillStatistic.mode(&l) }
}

/// FILL_WITH_MOST_FREQUENT: the console's name for FILL_WITH_MODE.
enum FillWithMostFrequentLowering: StepLowering {
    static let operation = "FILL_WITH_MOST_FREQUENT"
    static func lower(_ l: inout Lowering) throws -> String { FillStatistic.mode(&l) }
}
