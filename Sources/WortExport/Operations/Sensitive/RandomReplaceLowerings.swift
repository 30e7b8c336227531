import WortCore
import WortRecipe

/// REPLACE_WITH_RANDOM_BETWEEN: row k of the step's input (k = `row_number() OVER (ORDER
/// BY _wort_rid) - 1`, one partition: see `Lowering.fromWithRowIndex`) gets
/// `lowerBound + draw(n, k)` from the column's stream, computed from the same SHA-256 as
/// Wort's `RowDraws`, so the values agree with `wort run --seed` row for row. Null stays
/// null (Wort reads an invalid cell as null here too).
enum ReplaceWithRandomBetweenLowering: StepLowering {
    static let operation = "REPLACE_WITH_RANDOM_BETWEEN"

    static func lower(_ l: inout Lowering) throws -> String {
        let columns = l.sourceColumnNames()
        let lo = l.params.int("lowerBound") ?? 0, hi = l.params.int("upperBound") ?? 0
        let n = UInt64(bitPattern: Int64(hi) &- Int64(lo)) &+ 1
        var exprs: [String: String] = [:]
        for (stream, c) in columns.enumerated() {
            let offset = try l.draw(below: n, stream: stream, row: Lowering.rowIndex, parameter: "upperBound")
            exprs[c] = "CASE WHEN \(l.col(c)) IS NOT NULL THEN CAST(\(lo) AS BIGINT) + \(offset) END"
        }
        return l.project(exprs, from: l.fromWithRowIndex)
    }
}

/// REPLACE_WITH_RANDOM_DATE_BETWEEN: as REPLACE_WITH_RANDOM_BETWEEN, the draw counting days
/// from `startDate` (both bounds plain dates: a DATE column) or seconds (a timestamp).
enum ReplaceWithRandomDateBetweenLowering: StepLowering {
    static let operation = "REPLACE_WITH_RANDOM_DATE_BETWEEN"

    static func lower(_ l: inout Lowering) throws -> String {
        let columns = l.sourceColumnNames()
        guard let range = RandomDateRange.read(&l.params) else { throw l.refuse("not a date range", parameter: "startDate") }
        let d = l.dialect
        var exprs: [String: String] = [:]
        for (stream, c) in columns.enumerated() {
            let offset = try l.draw(below: range.count, stream: stream, row: Lowering.rowIndex, parameter: "endDate")
            let value = range.datesOnly
                ? d.addDays(d.dateLiteral(days: Int(range.lo)), offset)
                : d.addSeconds(d.timestampLiteral(micros: range.lo * 1_000_000), offset)
            exprs[c] = "CASE WHEN \(l.col(c)) IS NOT NULL THEN \(value) END"
        }
        return l.project(exprs, from: l.fromWithRowIndex)
    }
}
