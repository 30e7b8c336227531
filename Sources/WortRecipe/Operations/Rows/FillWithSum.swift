import WortCore

/// FILL_WITH_SUM: missing cells take the sum of the column's values. The sum keeps the
/// column's type (SQL `sum` of a bigint is a bigint): integers add exactly, and a sum
/// past Int64 stops the run rather than wrapping. An empty column fills nothing.
enum FillWithSum: RecipeOperation {
    static let name = "FILL_WITH_SUM"

    static func plan(_ context: inout StepContext) -> StepKernel? {
        guard let i = FillFromStatistic.numericColumn(&context) else { return nil }
        let field = context.schema.fields[i]
        return .whole { all in
            let c = all.columns[i]
            let constant: Column
            switch c.values {
            case .int64(let v), .decimal(let v):
                var sum: Int64 = 0
                var any = false
                for r in 0..<c.count where c.validity[r] {
                    let (s, overflow) = sum.addingReportingOverflow(v[r])
                    if overflow { throw WortError.data("\(name): the sum of column '\(field.name)' is beyond 64-bit integers") }
                    sum = s; any = true
                }
                guard any else { return all }
                let values: ColumnValues = field.type == .int64 ? .int64([sum]) : .decimal([sum])
                constant = Column(name: field.name, type: field.type, values: values, validity: ValidityBitmap(repeating: true, count: 1))
            default:
                let values = Numeric.values(c)
                guard !values.isEmpty else { return all }
                constant = Numeric.constant(values.reduce(0, +), name: field.name)
            }
            return all.replacing(i, with: Missing.fill(c, with: constant))
        }
    }
}
