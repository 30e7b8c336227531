import WortCore

/// The numbers of a column for the math functions: number columns as they are, text read
/// as a number (text that is no number, booleans and dates give null).
enum NumericValues {
    static func reader(_ column: Column) -> (Int) -> Double? {
        switch column.values {
        case .int64(let v): return { column.validity[$0] ? Double(v[$0]) : nil }
        case .double(let v): return { column.validity[$0] ? v[$0] : nil }
        case .decimal(let v):
            var scale = 0
            if case .decimal(_, let s) = column.type { scale = s }
            let divisor = (0..<scale).reduce(1.0) { p, _ in p * 10 }
            return { column.validity[$0] ? Double(v[$0]) / divisor : nil }
        case .string(let s):
            return { r in column.validity[r] ? s.withBytes(at: r) { ValueParser.double($0) } : nil }
        default:
            return { _ in nil }
        }
    }
}

/// ADD, SUBTRACT, MULTIPLY, DIVIDE (functions): `sourceColumn1` or `value1`, then
/// `sourceColumn2` or `value2`, into a new double column `targetColumn`: after the first
/// source column, after the second when the first is a constant, at the end when both
/// are. A null or non-numeric operand gives null; so does dividing by zero (Spark's
/// `try_divide`) and any result that is not finite.
enum Arithmetic {
    enum Operand: Sendable {
        case column(Int)
        case constant(Double)
    }

    static func operand(_ context: inout StepContext, _ n: Int) -> Operand? {
        let c = "sourceColumn\(n)", v = "value\(n)"
        let hasColumn = context.parameters[c] != nil, hasValue = context.parameters[v] != nil
        context.ignore(c, v)
        if hasColumn && hasValue { context.problem(v, "give either \(c) or \(v), not both"); return nil }
        if hasValue {
            guard let d = context.double(v) else { return nil }
            return .constant(d)
        }
        if !hasColumn { context.problem(c, "missing parameter (or give \(v))"); return nil }
        return context.column(c).map { .column($0) }
    }

    static func plan(_ context: inout StepContext, _ op: @escaping @Sendable (Double, Double) -> Double?) -> StepKernel? {
        context.ignore("functionStepType")
        let a = operand(&context, 1)
        let b = operand(&context, 2)
        let target = context.newColumn("targetColumn")
        guard let a, let b, let target else { return nil }
        var at = context.schema.fields.count
        if case .column(let i) = a { at = i + 1 } else if case .column(let j) = b { at = j + 1 }
        let position = at
        context.schema = context.schema.inserting(Field(name: target, type: .double), at: position)
        return .map { table in
            func read(_ o: Operand) -> (Int) -> Double? {
                switch o {
                case .column(let i): return NumericValues.reader(table.columns[i])
                case .constant(let d): return { _ in d }
                }
            }
            let x = read(a), y = read(b)
            let n = table.rowCount
            var values = [Double](repeating: 0, count: n)
            var valid = ValidityBitmap()
            valid.reserveCapacity(n)
            for r in 0..<n {
                if let p = x(r), let q = y(r), let v = op(p, q), v.isFinite {
                    values[r] = v; valid.append(true)
                } else {
                    valid.append(false)
                }
            }
            return table.inserting(Column(name: target, type: .double, values: .double(values), validity: valid), at: position)
        }
    }
}
