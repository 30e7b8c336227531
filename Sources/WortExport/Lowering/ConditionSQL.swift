import Foundation
import WortCore
import WortRecipe

/// A step's `ConditionExpressions` as one SQL boolean, with Wort's meaning: conditions
/// are ANDed; a NULL cell matches only IS_MISSING; IS/IS_NOT and comparisons treat
/// numbers as numbers (`"3"` is `3.0`) and dates as dates; text compares by bytes.
/// The result is never NULL (scale-out.md §2.4 #11: `NOT (cond)` would drop NULL rows).
extension Lowering {
    public func conditionSQL() throws -> String? {
        let conditions = params.step.conditions
        guard !conditions.isEmpty else { return nil }
        var parts: [String] = []
        for (k, c) in conditions.enumerated() {
            let place = "ConditionExpressions[\(k)]"
            guard let field = input.fields.first(where: { $0.name == c.targetColumn }) else {
                throw refuse("TargetColumn '\(c.targetColumn)' not found", parameter: place)
            }
            parts.append("(" + (try test(c, field, place: place)) + ")")
        }
        return "coalesce(" + parts.joined(separator: " AND ") + ", FALSE)"
    }

    private func test(_ c: ConditionExpression, _ field: Field, place: String) throws -> String {
        let d = dialect
        let x = col(field.name)
        let t = wortText(x, type: field.type)
        let numeric: Bool = switch field.type { case .int64, .double, .decimal: true; default: false }
        let notNull = "\(x) IS NOT NULL"
        func value() throws -> String {
            guard let v = c.value else { throw refuse("\(c.condition) needs a Value", parameter: place) }
            return v
        }
        switch c.condition {
        case "IS", "IS_NOT":
            let v = try value()
            let values = v.hasPrefix("[") ? (ParameterValue.stringOrScalarList(v) ?? [v]) : [v]
            var alternatives = ["\(t) IN (" + values.map(d.string).joined(separator: ", ") + ")"]
            let numbers = values.compactMap { ValueParser.double($0) }
            if numeric, !numbers.isEmpty {
                alternatives.append("CAST(\(x) AS DOUBLE) IN (" + numbers.map(d.double).joined(separator: ", ") + ")")
            }
            let isIn = "(" + alternatives.joined(separator: " OR ") + ")"
            return "\(notNull) AND " + (c.condition == "IS" ? isIn : "NOT " + isIn)
        case "CONTAINS", "NOT_CONTAINS", "STARTS_WITH", "NOT_STARTS_WITH", "ENDS_WITH", "NOT_ENDS_WITH":
            let v = d.string(try value())
            let negated = c.condition.hasPrefix("NOT_")
            let base = negated ? String(c.condition.dropFirst(4)) : c.condition
            let call = switch (base, d) {
            case ("CONTAINS", _): "contains(\(t), \(v))"
            case ("STARTS_WITH", .duckdb): "starts_with(\(t), \(v))"
            case ("STARTS_WITH", .spark): "startswith(\(t), \(v))"
            case ("ENDS_WITH", .duckdb): "ends_with(\(t), \(v))"
            default: "endswith(\(t), \(v))"
            }
            return "\(notNull) AND " + (negated ? "NOT " : "") + call
        case "LESS_THAN", "LESS_THAN_EQUAL", "GREATER_THAN", "GREATER_THAN_EQUAL":
            let op = ["LESS_THAN": "<", "LESS_THAN_EQUAL": "<=", "GREATER_THAN": ">", "GREATER_THAN_EQUAL": ">="][c.condition]!
            return try compare(field, x, t, op: op, with: try value(), place: place)
        case "IS_BETWEEN":
            let v = try value()
            guard let (lo, hi) = Self.bounds(v) else { throw refuse("IS_BETWEEN needs two bounds", parameter: place) }
            return "(" + (try compare(field, x, t, op: ">=", with: lo, place: place)) + ") AND ("
                + (try compare(field, x, t, op: "<=", with: hi, place: place)) + ")"
        case "IS_MISSING":
            return field.type == .string ? "(\(x) IS NULL OR \(x) = '')" : "\(x) IS NULL"
        case "IS_INVALID":
            guard let v = c.value, !v.isEmpty, v.lowercased() != "string", let type = RecipeTypes.dataType(v), type != field.type else {
                throw refuse("IS_INVALID on a column's own type needs the original text of its invalid cells, which exported programs do not keep", parameter: place)
            }
            if type == .string { return "FALSE" }
            return "\(notNull) AND \(t) <> '' AND \(d.parse(t, as: type, dateOrder: .monthFirst)) IS NULL"
        default:
            throw refuse("unknown condition '\(c.condition)'", parameter: place)
        }
    }

    /// `cell op value` as Wort compares: dates and timestamps as such, numbers as numbers
    /// (a text cell too when both are numbers), otherwise text by bytes.
    private func compare(_ field: Field, _ x: String, _ t: String, op: String, with v: String, place: String) throws -> String {
        let d = dialect
        let number = ValueParser.double(v)
        switch field.type {
        case .date:
            guard let days = ValueParser.date(v, order: .monthFirst) else { return "FALSE" }
            return "\(x) \(op) " + d.dateLiteral(days: Int(days))
        case .timestamp:
            throw refuse("comparing timestamps is not exported yet", parameter: place)
        case .int64, .double, .decimal:
            guard let number else { return "FALSE" }
            return "\(x) IS NOT NULL AND CAST(\(x) AS DOUBLE) \(op) \(d.double(number))"
        default:
            guard let number else { return "\(x) IS NOT NULL AND \(t) \(op) \(d.string(v))" }
            // Wort's number syntax, not the engines' casts (which take `1d`, `NaN`, `00012`).
            let n = d.wortNumber(t)
            return "\(x) IS NOT NULL AND CASE WHEN \(n) IS NOT NULL THEN \(n) \(op) \(d.double(number)) ELSE \(t) \(op) \(d.string(v)) END"
        }
    }

    /// IS_BETWEEN's bounds, read as pre-flight reads them.
    static func bounds(_ v: String) -> (String, String)? { StepContext.bounds(v) }
}

extension SQLDialect {
    /// A DATE literal from days since 1970-01-01.
    public func dateLiteral(days: Int) -> String {
        let (y, m, d) = CivilCalendar.civil(days: days)
        let text = String(format: "%04d-%02d-%02d", y, m, d)
        return "DATE '\(text)'"
    }
}
