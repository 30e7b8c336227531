/// ROUND (a function): `sourceColumn` rounded half away from zero to `decimalPlaces`
/// (alias `numDecimals`, default 0) into a new column: BIGINT with 0 places, else DOUBLE.
/// Wort rounds the number's shortest decimal text (1.005 to 2 places is 1.01), so the SQL
/// rounds a DECIMAL(38,21) read from that text (`wort_double_text`), where both engines
/// round half away from zero; a DOUBLE `round` would differ between them (scale-out.md
/// §2.4 #6). Text with an exponent (below 1e-4, above 2^53) is rounded as a binary value,
/// as Wort does; infinities and NaN pass through.
enum RoundLowering: StepLowering {
    static let operation = "ROUND"

    static func lower(_ l: inout Lowering) throws -> String {
        l.params.ignore("functionStepType")
        let c = l.params.string("sourceColumn") ?? ""
        let target = l.params.string("targetColumn") ?? ""
        let places: Int
        if l.params.parameters["numDecimals"] != nil, l.params.parameters["decimalPlaces"] == nil {
            l.params.ignore("decimalPlaces")
            places = l.params.int("numDecimals", default: 0) ?? 0
        } else {
            l.params.ignore("numDecimals")
            places = l.params.int("decimalPlaces", default: 0) ?? 0
        }
        let d = l.dialect
        let (numbers, numberSource) = l.prepare([l.wortNumber(c)])
        let x = numbers[0]
        let (texts, source) = l.prepare([l.wortText(x, type: .double)], over: numberSource)
        let text = texts[0]
        // try_cast: Spark may evaluate a branch's parts for rows that take another branch.
        let decimal = "round(\(d.tryCast(text, .decimal(precision: 38, scale: 21))), \(places))"
        var power = 1.0
        for _ in 0..<places { power *= 10 }
        let binary = "round(\(x) * \(d.double(power))) / \(d.double(power))"
        let exponent = "(\(text) LIKE '%e%')"
        if places == 0 {
            return l.project([target: "CASE WHEN NOT \(d.isFinite(x)) THEN NULL WHEN \(exponent) THEN \(d.tryCast("round(\(x))", .int64)) "
                              + "ELSE CAST(\(decimal) AS BIGINT) END"], from: source)
        }
        // A negative number that rounds to zero gives -0.0 in Wort; a DECIMAL has no sign
        // there, nor has Spark's DOUBLE round.
        let rounded = "CASE WHEN \(exponent) THEN \(binary) ELSE CAST(CAST(\(decimal) AS \(d.type(.string))) AS DOUBLE) END"
        return l.project([target: "CASE WHEN NOT \(d.isFinite(x)) OR \(x) = 0 THEN \(x) WHEN \(x) < 0 THEN -abs(\(rounded)) ELSE \(rounded) END"], from: source)
    }
}
