/// ADD, SUBTRACT, MULTIPLY, DIVIDE (functions): `sourceColumn1` or `value1` with
/// `sourceColumn2` or `value2` into a new DOUBLE column `targetColumn`. Operands are read
/// as Wort's math functions read them (`Lowering.wortNumber`: text by Wort's number
/// syntax, not the engines' casts). A NULL operand gives NULL, and so does dividing by
/// zero (`try_divide` in Spark, whose ANSI mode raises; `NULLIF` in DuckDB, which would
/// give ±inf) and any result that is not finite, as in Wort.
enum ArithmeticLowering {
    static func lower(_ l: inout Lowering, _ op: (SQLDialect, String, String) -> String) throws -> String {
        l.params.ignore("functionStepType")
        let d = l.dialect
        func operand(_ n: Int) -> String {
            let c = "sourceColumn\(n)", v = "value\(n)"
            l.params.ignore(c, v)
            if l.params.parameters[c] == nil { return d.double(l.params.double(v) ?? 0) }
            return l.wortNumber(l.params.string(c) ?? "")
        }
        let (operands, source) = l.prepare([operand(1), operand(2)])
        let result = op(d, operands[0], operands[1])
        let target = l.params.string("targetColumn") ?? ""
        return l.project([target: "CASE WHEN \(d.isFinite(result)) THEN \(result) END"], from: source)
    }
}

enum AddLowering: StepLowering {
    static let operation = "ADD"
    static func lower(_ l: inout Lowering) throws -> String { try ArithmeticLowering.lower(&l) { _, a, b in "(\(a) + \(b))" } }
}

enum SubtractLowering: StepLowering {
    static let operation = "SUBTRACT"
    static func lower(_ l: inout Lowering) throws -> String { try ArithmeticLowering.lower(&l) { _, a, b in "(\(a) - \(b))" } }
}

enum MultiplyLowering: StepLowering {
    static let operation = "MULTIPLY"
    static func lower(_ l: inout Lowering) throws -> String { try ArithmeticLowering.lower(&l) { _, a, b in "(\(a) * \(b))" } }
}

enum DivideLowering: StepLowering {
    static let operation = "DIVIDE"
    static func lower(_ l: inout Lowering) throws -> String { try ArithmeticLowering.lower(&l) { d, a, b in d.divide(a, b) } }
}
