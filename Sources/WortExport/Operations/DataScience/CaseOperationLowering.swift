import WortCore
import WortRecipe

/// CASE_OPERATION: Wort's parse of `valueExpression` (WortRecipe's `CaseExpression`)
/// lowered to a SQL `CASE`, in the new column's place.
///
/// Wort's meaning, kept: three-valued logic (a comparison with a NULL cell is unknown,
/// which SQL's NULL boolean is, and SQL's AND/OR/NOT are Kleene's as Wort's); comparisons
/// as the recipe conditions do them (WortRecipe's `Comparand`): dates and timestamps as
/// such, numeric columns as numbers, text as numbers when both sides are numbers, else
/// by bytes (both engines compare text by bytes); `IN` as text, or as numbers on numeric
/// columns (`CellSet`); the result is the THEN/ELSE literal in the column's type, or a
/// column's text (timestamps in Wort's text, `wortText`). A comparison Wort makes with a
/// value it cannot read (`'x' < dateColumn`) is unknown: NULL here too.
enum CaseOperationLowering: StepLowering {
    static let operation = "CASE_OPERATION"

    static func lower(_ l: inout Lowering) throws -> String {
        let text = l.params.string("valueExpression") ?? ""
        let target = l.params.string("targetColumn") ?? ""
        l.params.ignore("withExpressions")
        let expression: CaseExpression
        do { expression = try CaseExpression.parse(text) } catch {
            throw l.refuse("at character \(error.position): \(error.message)", parameter: "valueExpression")
        }
        let type = l.output.fields.first { $0.name == target }?.type ?? .string
        var q = "CASE"
        for (condition, result) in expression.branches {
            q += " WHEN " + (try test(condition, &l)) + " THEN " + (try value(result, type, &l))
        }
        q += " ELSE " + (try value(expression.otherwise, type, &l)) + " END"
        return l.project([target: q])
    }

    static let unknown = "CAST(NULL AS BOOLEAN)"

    /// A THEN/ELSE operand as a value of the result type (Wort casts the operand's text).
    static func value(_ o: CaseExpression.Operand, _ type: DataType, _ l: inout Lowering) throws -> String {
        let d = l.dialect
        switch o {
        case .null: return d.null(type)
        case .column(let c): return l.wortText(c)
        case .text(let t), .number(let t):
            switch type {
            case .int64:
                guard let v = ValueParser.int64(t) else { throw l.refuse("'\(t)' is not a whole number", parameter: "valueExpression") }
                return "CAST(\(v) AS BIGINT)"
            case .double:
                guard let v = ValueParser.double(t) else { throw l.refuse("'\(t)' is not a number", parameter: "valueExpression") }
                return d.double(v)
            default: return l.lit(t)
            }
        }
    }

    static func test(_ c: CaseExpression.Condition, _ l: inout Lowering) throws -> String {
        switch c {
        case .and(let a, let b): return "(" + (try test(a, &l)) + " AND " + (try test(b, &l)) + ")"
        case .or(let a, let b): return "(" + (try test(a, &l)) + " OR " + (try test(b, &l)) + ")"
        case .not(let a): return "(NOT " + (try test(a, &l)) + ")"
        case .isNull(let o, let negated):
            switch o {
            case .null: return negated ? "FALSE" : "TRUE"
            case .text, .number: return negated ? "TRUE" : "FALSE"
            case .column(let name): return "(\(l.col(try column(name, l).name)) IS \(negated ? "NOT " : "")NULL)"
            }
        case .isIn(let o, let values, let negated):
            let found: String
            switch o {
            case .null: return unknown
            case .text(let t), .number(let t): found = values.contains(t) ? "TRUE" : "FALSE"
            case .column(let name):
                let f = try column(name, l)
                var alternatives = values.isEmpty ? [] : [l.wortText(f.name) + " IN (" + values.map(l.lit).joined(separator: ", ") + ")"]
                let numbers = values.compactMap { ValueParser.double($0) }
                if Numeric.isNumeric(f.type), !numbers.isEmpty {
                    alternatives.append("CAST(\(l.col(f.name)) AS DOUBLE) IN (" + numbers.map(l.dialect.double).joined(separator: ", ") + ")")
                }
                let any = alternatives.isEmpty ? "FALSE" : alternatives.joined(separator: " OR ")
                found = "CASE WHEN \(l.col(f.name)) IS NULL THEN \(unknown) ELSE (\(any)) END"
            }
            return negated ? "(NOT \(found))" : found
        case .compare(let a, let op, let b):
            switch (a, b) {
            case (.null, _), (_, .null): return unknown
            case (.column(let x), .column(let y)): return try compareColumns(try column(x, l), op, try column(y, l), l)
            case (.column(let x), .text(let v)), (.column(let x), .number(let v)):
                return compare(try column(x, l), op.sql, v, l)
            case (.text(let v), .column(let x)), (.number(let v), .column(let x)):
                return compare(try column(x, l), op.flipped.sql, v, l)
            case (.text(let x), .text(let y)), (.text(let x), .number(let y)), (.number(let x), .text(let y)), (.number(let x), .number(let y)):
                let sign: Int
                if let p = ValueParser.double(x), let q = ValueParser.double(y) {
                    sign = p < q ? -1 : (p > q ? 1 : 0)
                } else {
                    sign = x.utf8.lexicographicallyPrecedes(y.utf8) ? -1 : (x == y ? 0 : 1)
                }
                return op.holds(sign) ? "TRUE" : "FALSE"
            }
        }
    }

    static func column(_ name: String, _ l: Lowering) throws -> Field {
        guard let f = l.input.fields.first(where: { $0.name == name }) else {
            throw l.refuse("column '\(name)' not found", parameter: "valueExpression")
        }
        return f
    }

    /// `cell op literal` as Wort's `Comparand` compares (NULL where it cannot).
    static func compare(_ f: Field, _ op: String, _ v: String, _ l: Lowering) -> String {
        let d = l.dialect
        let x = l.col(f.name)
        switch f.type {
        case .date:
            guard let days = ValueParser.date(v, order: .monthFirst) else { return unknown }
            return "(\(x) \(op) \(d.dateLiteral(days: Int(days))))"
        case .timestamp:
            let micros = ValueParser.timestamp(v, order: .monthFirst)
                ?? ValueParser.date(v, order: .monthFirst).map { Int64($0) * 86_400_000_000 }
            guard let micros else { return unknown }
            return "(\(x) \(op) \(d.timestampLiteral(micros: micros)))"
        case .int64, .double, .decimal:
            guard let n = ValueParser.double(v) else { return unknown }
            return "(CAST(\(x) AS DOUBLE) \(op) \(d.double(n)))"
        default:
            let t = l.wortText(f.name)
            guard let n = ValueParser.double(v) else { return "(\(t) \(op) \(l.lit(v)))" }
            let number = d.wortNumber(t)
            return "CASE WHEN \(number) IS NOT NULL THEN \(number) \(op) \(d.double(n)) ELSE \(t) \(op) \(l.lit(v)) END"
        }
    }

    /// `left op right` for two columns: Wort reads the right cell's text as a `Comparand`
    /// for the left column's type. Dates and timestamps are compared only with their own
    /// type (the other pairings are refused).
    static func compareColumns(_ a: Field, _ op: CaseExpression.Comparison, _ b: Field, _ l: Lowering) throws -> String {
        let d = l.dialect
        let x = l.col(a.name), y = l.col(b.name)
        let number: (Field) -> String = { f in
            Numeric.isNumeric(f.type) ? "CAST(\(l.col(f.name)) AS DOUBLE)" : d.wortNumber(l.wortText(f.name))
        }
        switch a.type {
        case .date, .timestamp:
            guard b.type == a.type else {
                throw l.refuse("comparing a \(a.type) column with a \(b.type) column is not exported", parameter: "valueExpression")
            }
            return "(\(x) \(op.sql) \(y))"
        case .int64, .double, .decimal:
            return "(\(number(a)) \(op.sql) \(number(b)))"
        default:
            let p = number(a), q = number(b)
            return "CASE WHEN \(p) IS NOT NULL AND \(q) IS NOT NULL THEN \(p) \(op.sql) \(q) ELSE \(l.wortText(a.name)) \(op.sql) \(l.wortText(b.name)) END"
        }
    }
}

private enum Numeric {
    static func isNumeric(_ t: DataType) -> Bool {
        switch t {
        case .int64, .double, .decimal: true
        default: false
        }
    }
}

private extension CaseExpression.Comparison {
    var sql: String {
        switch self {
        case .eq: "="
        case .ne: "<>"
        case .lt: "<"
        case .le: "<="
        case .gt: ">"
        case .ge: ">="
        }
    }

    /// The comparison with its sides swapped.
    var flipped: CaseExpression.Comparison {
        switch self {
        case .lt: .gt
        case .le: .ge
        case .gt: .lt
        case .ge: .le
        default: self
        }
    }

    func holds(_ sign: Int) -> Bool {
        switch self {
        case .eq: sign == 0
        case .ne: sign != 0
        case .lt: sign < 0
        case .le: sign <= 0
        case .gt: sign > 0
        case .ge: sign >= 0
        }
    }
}
