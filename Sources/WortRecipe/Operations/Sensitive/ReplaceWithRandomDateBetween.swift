import WortCore

/// REPLACE_WITH_RANDOM_DATE_BETWEEN: replaces each value by a random moment between
/// `startDate` and `endDate` (`2020-12-12 12:12:12`), both included, to the second; the
/// column becomes a timestamp. When both bounds are plain dates (`2020-12-12`) the result
/// is a date column, uniform over the days. Row k gets `start + draw(n, k)` seconds (or
/// days), n the number of seconds (days) in the range, from `RowDraws` as in
/// REPLACE_WITH_RANDOM_BETWEEN; null and invalid cells give null, as there.
enum ReplaceWithRandomDateBetween: RecipeOperation {
    static let name = "REPLACE_WITH_RANDOM_DATE_BETWEEN"
    static let microsPerDay: Int64 = 86_400_000_000

    static func plan(_ context: inout StepContext) -> StepKernel? {
        let columns = context.sourceColumns()
        let range = RandomDateRange.read(&context)
        guard let columns, let range else { return nil }
        let datesOnly = range.datesOnly
        let unit: Int64 = datesOnly ? microsPerDay : 1_000_000
        let lo = range.lo
        let type: DataType = datesOnly ? .date : .timestamp
        for i in columns { context.schema = context.schema.replacing(i, with: Field(name: context.schema.fields[i].name, type: type)) }
        let span = range.count
        let draws = columns.indices.map { RowDraws.forStep(context, stream: $0) }
        return .stream {
            RandomReplace(columns: columns, draws: draws, type: type) { column, draws, first in
                if datesOnly {
                    var v = [Int32](repeating: 0, count: column.count)
                    for r in 0..<column.count where column.validity[r] { v[r] = Int32(lo + Int64(draws.below(span, row: first + r))) }
                    return .date(v)
                }
                var v = [Int64](repeating: 0, count: column.count)
                for r in 0..<column.count where column.validity[r] { v[r] = (lo + Int64(draws.below(span, row: first + r))) * unit }
                return .timestamp(v)
            }
        }
    }
}

/// The range of REPLACE_WITH_RANDOM_DATE_BETWEEN as pre-flight reads it (the exporter
/// reads it the same way): whole days when both bounds are plain dates, else whole
/// seconds, counted from 1970-01-01.
public struct RandomDateRange: Sendable, Equatable {
    /// The first and last day (or second), both included.
    public var lo: Int64, hi: Int64
    public var datesOnly: Bool
    /// How many days (seconds) the range holds.
    public var count: UInt64 { UInt64(hi - lo) + 1 }

    /// Reads `startDate` and `endDate`, recording a problem when they do not make a range.
    public static func read(_ context: inout StepContext) -> RandomDateRange? {
        let start = bound(&context, "startDate"), end = bound(&context, "endDate")
        guard let start, let end else { return nil }
        let datesOnly = start.isDate && end.isDate
        let unit: Int64 = datesOnly ? ReplaceWithRandomDateBetween.microsPerDay : 1_000_000
        let lo = floorDiv(start.micros, unit), hi = floorDiv(end.micros, unit)
        if lo > hi { context.problem("endDate", "\(context.parameters["endDate"] ?? "") is before startDate"); return nil }
        return RandomDateRange(lo: lo, hi: hi, datesOnly: datesOnly)
    }

    /// A bound's moment in microseconds, and whether it was a plain date.
    static func bound(_ context: inout StepContext, _ name: String) -> (micros: Int64, isDate: Bool)? {
        guard let text = context.string(name) else { return nil }
        let t = text.trimmingSpaces
        if let d = ValueParser.date(t, order: .monthFirst) { return (Int64(d) * ReplaceWithRandomDateBetween.microsPerDay, true) }
        if let m = ValueParser.timestamp(t, order: .monthFirst) { return (m, false) }
        context.problem(name, "expected a date or a date and time like 2020-12-12 12:12:12, not '\(text)'")
        return nil
    }

    static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 { a >= 0 ? a / b : -((-a + b - 1) / b) }
}
