import WortCore

/// REPLACE_WITH_RANDOM_DATE_BETWEEN: replaces each value by a random moment between
/// `startDate` and `endDate` (`2020-12-12 12:12:12`), both included, to the second; the
/// column becomes a timestamp. When both bounds are plain dates (`2020-12-12`) the result
/// is a date column, uniform over the days. Null stays null, and the draws are seeded and
/// in row order, as in REPLACE_WITH_RANDOM_BETWEEN.
enum ReplaceWithRandomDateBetween: RecipeOperation {
    static let name = "REPLACE_WITH_RANDOM_DATE_BETWEEN"
    static let microsPerDay: Int64 = 86_400_000_000

    static func plan(_ context: inout StepContext) -> StepKernel? {
        let columns = context.sourceColumns()
        let start = bound(&context, "startDate"), end = bound(&context, "endDate")
        guard let columns, let start, let end else { return nil }
        let datesOnly = start.isDate && end.isDate
        let unit: Int64 = datesOnly ? microsPerDay : 1_000_000
        let lo = floorDiv(start.micros, unit), hi = floorDiv(end.micros, unit)
        if lo > hi { context.problem("endDate", "\(context.parameters["endDate"] ?? "") is before startDate"); return nil }
        let type: DataType = datesOnly ? .date : .timestamp
        for i in columns { context.schema = context.schema.replacing(i, with: Field(name: context.schema.fields[i].name, type: type)) }
        let span = UInt64(hi - lo) + 1
        let seeds = columns.indices.map { SplitMix64.forStep(context, stream: $0) }
        return .stream {
            RandomReplace(columns: columns, generators: seeds, type: { _ in type }) { column, g in
                if datesOnly {
                    var v = [Int32](repeating: 0, count: column.count)
                    for r in 0..<column.count { v[r] = Int32(lo + Int64(g.below(span))) }
                    return .date(v)
                }
                var v = [Int64](repeating: 0, count: column.count)
                for r in 0..<column.count { v[r] = (lo + Int64(g.below(span))) * unit }
                return .timestamp(v)
            }
        }
    }

    private static func bound(_ context: inout StepContext, _ name: String) -> (micros: Int64, isDate: Bool)? {
        guard let text = context.string(name) else { return nil }
        let t = text.trimmingSpaces
        if let d = ValueParser.date(t, order: .monthFirst) { return (Int64(d) * microsPerDay, true) }
        if let m = ValueParser.timestamp(t, order: .monthFirst) { return (m, false) }
        context.problem(name, "expected a date or a date and time like 2020-12-12 12:12:12, not '\(text)'")
        return nil
    }

    private static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 { a >= 0 ? a / b : -((-a + b - 1) / b) }
}
