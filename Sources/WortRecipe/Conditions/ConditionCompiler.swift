import WortCore

extension StepContext {
    /// The step's `ConditionExpressions`, checked against the schema the step receives.
    mutating func compileConditions() -> [RowCondition]? {
        var out: [RowCondition] = []
        var ok = true
        for (k, c) in step.conditions.enumerated() {
            let place = "ConditionExpressions[\(k)]"
            guard let column = index(of: c.targetColumn) else {
                problem(place, "TargetColumn: " + notFound(c.targetColumn)); ok = false; continue
            }
            guard let test = compileTest(c, place: place) else { ok = false; continue }
            out.append(RowCondition(column: column, test: test))
        }
        return ok ? out : nil
    }

    private mutating func compileTest(_ c: ConditionExpression, place: String) -> RowCondition.Test? {
        func needValue() -> String? {
            guard let v = c.value else { problem(place, "\(c.condition) needs a Value"); return nil }
            return v
        }
        switch c.condition {
        case "IS", "IS_NOT":
            guard let v = needValue() else { return nil }
            // DataBrew writes a JSON list ("[\"draw\"]"); a bare value is read as one item.
            let values = v.hasPrefix("[") ? ParameterValue.stringOrScalarList(v) : [v]
            guard let values else { problem(place, "Value for \(c.condition) must be a JSON list like [\"a\",\"b\"], not \(v)"); return nil }
            return c.condition == "IS" ? .isIn(CellSet(values)) : .notIn(CellSet(values))
        case "IS_BETWEEN":
            guard let v = needValue() else { return nil }
            guard let (lo, hi) = Self.bounds(v) else {
                problem(place, "Value for IS_BETWEEN must give two bounds: {\"greaterThanEqual\":\"1\",\"lessThanEqual\":\"9\"} or [\"1\",\"9\"]")
                return nil
            }
            return .between(Comparand(lo), Comparand(hi))
        case "CONTAINS", "NOT_CONTAINS", "STARTS_WITH", "NOT_STARTS_WITH", "ENDS_WITH", "NOT_ENDS_WITH":
            guard let v = needValue() else { return nil }
            let b = Array(v.utf8)
            switch c.condition {
            case "CONTAINS": return .contains(b)
            case "NOT_CONTAINS": return .notContains(b)
            case "STARTS_WITH": return .startsWith(b)
            case "NOT_STARTS_WITH": return .notStartsWith(b)
            case "ENDS_WITH": return .endsWith(b)
            default: return .notEndsWith(b)
            }
        case "LESS_THAN", "LESS_THAN_EQUAL", "GREATER_THAN", "GREATER_THAN_EQUAL":
            guard let v = needValue() else { return nil }
            let x = Comparand(v)
            switch c.condition {
            case "LESS_THAN": return .less(x)
            case "LESS_THAN_EQUAL": return .lessOrEqual(x)
            case "GREATER_THAN": return .greater(x)
            default: return .greaterOrEqual(x)
            }
        case "IS_INVALID":
            // The Value names the expected type (R-03: "string"); "string" or none means
            // the column's own inferred type.
            guard let v = c.value, !v.isEmpty, v.lowercased() != "string" else { return .invalid(nil) }
            guard let t = RecipeTypes.dataType(v) else { problem(place, "unknown data type '\(v)' for IS_INVALID"); return nil }
            return .invalid(t)
        case "IS_MISSING":
            return .missing
        default:
            problem(place, "unknown condition '\(c.condition)'" + NameSuggestion.hint(for: c.condition, among: ConditionExpression.documentedConditions))
            return nil
        }
    }

    /// IS_BETWEEN's bounds; DataBrew does not document the encoding, so the plausible
    /// ones are read: an object with greaterThanEqual/lessThanEqual, a two-item list, "a,b".
    public static func bounds(_ v: String) -> (String, String)? {
        if let node = try? RecipeJSONParser.parse(v, file: "Value") {
            switch node.kind {
            case .object(let members):
                var lo: String?, hi: String?
                for m in members {
                    let key = m.key.lowercased().replacingOccurrences(of: "_", with: "")
                    let value = ParameterValue.string(from: m.value)
                    if key.hasPrefix("greaterthan") || key == "min" || key == "from" || key == "start" { lo = value }
                    if key.hasPrefix("lessthan") || key == "max" || key == "to" || key == "end" { hi = value }
                }
                if let lo, let hi { return (lo, hi) }
            case .array(let items) where items.count == 2:
                if let lo = ParameterValue.string(from: items[0]), let hi = ParameterValue.string(from: items[1]) { return (lo, hi) }
            default: break
            }
        }
        let parts = v.split(separator: ",", omittingEmptySubsequences: false)
        if parts.count == 2 { return (String(parts[0]).trimmingSpaces, String(parts[1]).trimmingSpaces) }
        return nil
    }
}

/// DataBrew's type names (`columnDataType`, `targetColumnDataType`, IS_INVALID's Value).
public enum RecipeTypes {
    /// DataBrew's `decimal` is 38 digits with 18 after the point, more than Wort's
    /// 18-digit decimal holds: it becomes a double.
    public static func dataType(_ name: String) -> DataType? {
        switch name.lowercased() {
        case "byte", "short", "int", "integer", "long", "bigint": return .int64
        case "float", "double", "number", "decimal": return .double
        case "string", "text": return .string
        case "boolean", "bool": return .bool
        case "date": return .date
        case "timestamp", "datetime": return .timestamp
        default: return DataType(name: name)
        }
    }

    public static let names = ["byte", "short", "int", "integer", "long", "float", "double", "decimal", "string", "boolean", "date", "timestamp"]
}
