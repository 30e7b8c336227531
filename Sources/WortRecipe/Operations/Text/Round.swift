import WortCore

/// ROUND (a function): `sourceColumn` rounded into a new column `targetColumn` after it.
/// DataBrew documents only rounding to the nearest integer, "up when the fraction is 0.5
/// or more"; Wort rounds half away from zero (-2.5 → -3) and also takes an optional
/// `decimalPlaces` (alias `numDecimals`, 0...15, default 0). With 0 places the result is
/// an integer column, otherwise a double column. Rounding is done on the number's shortest
/// decimal text, as a DECIMAL round in SQL, so 1.005 to 2 places is 1.01 (the binary double
/// is 1.00499..., which a plain binary round would take down).
enum Round: RecipeOperation {
    static let name = "ROUND"

    static func plan(_ context: inout StepContext) -> StepKernel? {
        context.ignore("functionStepType")
        let column = context.column("sourceColumn")
        let target = context.newColumn("targetColumn")
        var places = 0
        if context.parameters["numDecimals"] != nil, context.parameters["decimalPlaces"] == nil {
            context.ignore("decimalPlaces")
            places = context.int("numDecimals", default: 0, range: 0...15) ?? 0
        } else {
            context.ignore("numDecimals")
            places = context.int("decimalPlaces", default: 0, range: 0...15) ?? 0
        }
        guard let i = column, let target, !context.hasProblems else { return nil }
        let type: DataType = places == 0 ? .int64 : .double
        context.schema = context.schema.inserting(Field(name: target, type: type), at: i + 1)
        let d = places
        return .map { table in
            let read = NumericValues.reader(table.columns[i])
            let n = table.rowCount
            var valid = ValidityBitmap()
            valid.reserveCapacity(n)
            let out: Column
            if d == 0 {
                var values = [Int64](repeating: 0, count: n)
                for r in 0..<n {
                    let v = read(r).flatMap { Int64(exactly: round($0, places: 0)) }
                    values[r] = v ?? 0
                    valid.append(v != nil)
                }
                out = Column(name: target, type: .int64, values: .int64(values), validity: valid)
            } else {
                var values = [Double](repeating: 0, count: n)
                for r in 0..<n {
                    let v = read(r).map { round($0, places: d) }
                    values[r] = v ?? 0
                    valid.append(v != nil)
                }
                out = Column(name: target, type: .double, values: .double(values), validity: valid)
            }
            return table.inserting(out, at: i + 1)
        }
    }

    /// `x` rounded half away from zero to `places` digits after the point, on its shortest
    /// decimal text.
    static func round(_ x: Double, places: Int) -> Double {
        guard x.isFinite else { return x }
        var text: [UInt8] = []
        ValueFormatter.append(double: x, to: &text)
        guard !text.contains(where: { $0 == 0x65 || $0 == 0x45 }) else {  // exponent form: round the binary value
            var p = 1.0
            for _ in 0..<places { p *= 10 }
            return (x * p).rounded(.toNearestOrAwayFromZero) / p
        }
        let negative = text.first == 0x2D
        let body = negative ? Array(text.dropFirst()) : text
        let point = body.firstIndex(of: 0x2E) ?? body.count
        let whole = Array(body[..<point])
        let fraction = point < body.count ? Array(body[(point + 1)...]) : []
        if fraction.count <= places { return x }
        var digits = whole + fraction[..<places]
        if fraction[places] >= 0x35 {  // '5' or more: up, away from zero
            var k = digits.count - 1
            while k >= 0 {
                if digits[k] == 0x39 { digits[k] = 0x30; k -= 1 } else { digits[k] += 1; break }
            }
            if k < 0 { digits.insert(0x31, at: 0) }
        }
        var result = negative ? "-" : ""
        result += String(decoding: digits[..<(digits.count - places)], as: UTF8.self)
        if places > 0 { result += "." + String(decoding: digits[(digits.count - places)...], as: UTF8.self) }
        return Double(result) ?? x
    }
}
