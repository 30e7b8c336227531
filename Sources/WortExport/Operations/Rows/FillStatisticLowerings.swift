import WortCore

/// The FILL_WITH_* steps that fill missing cells with one statistic of the whole column
/// (Wort's FillFromStatistic), as a scalar subquery over the step's input view. With
/// conditions the statistic still covers every row (ConditionalStep merges afterwards).
enum FillStatistic {
    /// Average and median: the column becomes DOUBLE; `coalesce(CAST(c AS DOUBLE), (SELECT stat))`.
    static func numeric(_ l: inout Lowering, _ statistic: (String) -> String) -> String {
        let c = l.params.string("sourceColumn") ?? ""
        let x = l.number(c)
        return l.project([c: "coalesce(\(x), (SELECT \(statistic(x)) FROM \(l.from)))"])
    }

    /// Mode: the most frequent non-missing value (NULL and '' do not count); ties go to
    /// the value seen first, `ORDER BY count(*) DESC, min(_wort_rid)` (the engines' own
    /// `mode()` breaks ties arbitrarily, scale-out.md §2.4 #5). The column keeps its type.
    static func mode(_ l: inout Lowering) -> String {
        let c = l.params.string("sourceColumn") ?? ""
        let type = l.type(of: c) ?? .string
        let x = l.col(c)
        let missing = l.isMissing(x, type)
        let mode = "(SELECT \(x) FROM \(l.from) WHERE NOT \(missing) GROUP BY \(x) ORDER BY count(*) DESC, min(\(l.rid)) LIMIT 1)"
        return l.project([c: "CASE WHEN \(missing) THEN coalesce(\(mode), \(x)) ELSE \(x) END"])
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
        let sum = type == .double ? "sum(\(x))" : "CAST(sum(\(x)) AS \(l.dialect.type(type)))"
        return l.project([c: "coalesce(\(x), (SELECT \(sum) FROM \(l.from)))"])
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
