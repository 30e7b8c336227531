import WortCore

/// The shape FILL_WITH_AVERAGE / MEDIAN / SUM / MODE / MOST_FREQUENT share: one value
/// computed from every row of `sourceColumn` fills its missing cells. The statistic needs
/// all rows, so the step is `.whole`.
enum FillFromStatistic {
    /// For average and median: the column must be numeric, and becomes double (the
    /// SQL export's `coalesce(c, (SELECT avg(c) FROM t))` is double for an integer `c`;
    /// rounding the average to keep an integer column would invent a value).
    static func planNumeric(_ context: inout StepContext, _ statistic: @escaping @Sendable ([Double]) -> Double?) -> StepKernel? {
        guard let i = numericColumn(&context) else { return nil }
        let name = context.schema.fields[i].name
        context.schema = context.schema.replacing(i, with: Field(name: name, type: .double))
        return .whole { all in
            let c = all.columns[i]
            let value = statistic(Numeric.values(c))
            return all.replacing(i, with: Missing.fill(Numeric.toDouble(c), with: Numeric.constant(value, name: name)))
        }
    }

    static func numericColumn(_ context: inout StepContext) -> Int? {
        guard let i = context.column("sourceColumn") else { return nil }
        let f = context.schema.fields[i]
        guard Numeric.isNumeric(f.type) else {
            context.problem("sourceColumn", "column '\(f.name)' is \(f.type); \(context.operation) needs a numeric column")
            return nil
        }
        return i
    }

    /// For mode and most frequent: any type; the value keeps the column's type.
    static func planMostFrequent(_ context: inout StepContext) -> StepKernel? {
        guard let i = context.column("sourceColumn") else { return nil }
        return .whole { all in
            let c = all.columns[i]
            guard let r = MostFrequent.row(c, rows: 0..<c.count) else { return all }
            return all.replacing(i, with: Missing.fill(c, with: c.gather([r])))
        }
    }
}
