import WortCore
import WortRecipe

/// A step's form being filled in: one value per field, the field with the cursor, and
/// the problems pre-flight found, by parameter.
public struct StepForm: Sendable, Equatable {
    var kind: StepKind
    var values: [String]
    /// For column fields: the column shown (←/→ move it); for multi-column fields the one
    /// Space adds or removes.
    var candidates: [Int]
    var focus = 0
    /// Index of the step this form edits, nil for a new step.
    var editing: Int?
    var problems: [String: String] = [:]
    var generalProblem: String?
    /// The join wizard's own state (second file, keys, match counts).
    var join: JoinWizard?
    var typedText = ""

    init(kind: StepKind, columns: [String], cursorColumn: Int, editing: Int? = nil) {
        self.kind = kind
        self.editing = editing
        values = kind.fields.map(\.initial)
        candidates = kind.fields.map { _ in max(0, cursorColumn) }
        for (i, f) in kind.fields.enumerated() where cursorColumn < columns.count {
            switch f.kind {
            case .column where i == 0: values[i] = columns[cursorColumn]
            case .columns where i == 0: values[i] = ParameterValue.encode(list: [columns[cursorColumn]])
            case .column, .columns, .text, .number, .choice, .file: break
            }
        }
    }

    /// The form filled from an existing step (editing it from the recipe panel).
    init(editing step: RecipeStep, kind: StepKind, columns: [String], at index: Int) {
        self.init(kind: kind, columns: columns, cursorColumn: 0, editing: index)
        let p = step.action.parameters
        for (i, f) in kind.fields.enumerated() {
            if kind.takesCondition, let c = step.conditions.first {
                if f.key == "condition" { values[i] = c.condition; continue }
                if f.key == "value" {
                    let v = c.value ?? ""
                    values[i] = (v.hasPrefix("[") ? ParameterValue.stringOrScalarList(v)?.first : nil) ?? v
                    continue
                }
            }
            if kind.operation == "SORT" || kind.operation == "GROUP_BY" {
                values[i] = Self.nestedValue(step, key: f.key) ?? values[i]
                continue
            }
            if let v = p[f.key] { values[i] = v }
        }
    }

    /// Values inside SORT's `expressions` and GROUP_BY's aggregate options.
    static func nestedValue(_ step: RecipeStep, key: String) -> String? {
        let p = step.action.parameters
        if let v = p[key] { return v }
        let json = p["expressions"] ?? p["groupByAggFunctionOptions"]
        guard let json, let node = try? RecipeJSONParser.parse(json, file: "step"),
              case .array(let items) = node.kind, case .object(let members)? = items.first?.kind,
              case .string(let v)? = members.first(where: { $0.key == key })?.value.kind else { return nil }
        return v
    }

    /// The recipe step the form describes now.
    func step(columns: [String]) -> RecipeStep {
        if let join { return join.step() }
        var params: [(String, String)] = []
        var conditions: [ConditionExpression] = []
        func value(_ key: String) -> String { kind.fields.firstIndex { $0.key == key }.map { values[$0] } ?? "" }
        switch kind.operation {
        case "SORT":
            let expression = "[{\"sourceColumn\":\(JSONString.quoted(value("sourceColumn"))),\"ordering\":\(JSONString.quoted(value("ordering"))),\"nullsOrdering\":\"NULLS_BOTTOM\"}]"
            params = [("expressions", expression)]
        case "GROUP_BY":
            let option = "[{\"sourceColumnName\":\(JSONString.quoted(value("sourceColumnName"))),\"targetColumnName\":\(JSONString.quoted(value("targetColumnName"))),\"functionName\":\(JSONString.quoted(value("functionName")))}]"
            params = [("sourceColumns", value("sourceColumns")), ("groupByAggFunctionOptions", option), ("useNewDataFrame", "true")]
        default:
            for (i, f) in kind.fields.enumerated() {
                if kind.takesCondition && (f.key == "condition" || f.key == "value") { continue }
                if !f.required && values[i].isEmpty { continue }
                params.append((f.key, values[i]))
            }
            params += kind.fixed
            if kind.takesCondition {
                let condition = value("condition"), v = value("value")
                let needsNoValue = ["IS_MISSING", "IS_INVALID"].contains(condition)
                let encoded = ["IS", "IS_NOT"].contains(condition) ? ParameterValue.encode(list: [v]) : v
                conditions = [ConditionExpression(condition: condition, value: needsNoValue ? nil : encoded, targetColumn: value("sourceColumn"))]
            }
        }
        return RecipeStep(action: RecipeAction(operation: kind.operation, parameters: OrderedParameters(params)), conditions: conditions)
    }

    /// Required fields left empty, by key.
    var missing: [String: String] {
        var out: [String: String] = [:]
        for (i, f) in kind.fields.enumerated() where f.required {
            let v = values[i].trimmingCharacters(in: .whitespaces)
            if v.isEmpty || v == "[]" { out[f.key] = "needed" }
        }
        if kind.takesCondition, let c = kind.fields.firstIndex(where: { $0.key == "condition" }),
           !["IS_MISSING", "IS_INVALID"].contains(values[c]),
           let v = kind.fields.firstIndex(where: { $0.key == "value" }), values[v].isEmpty {
            out["value"] = "needed for this condition"
        }
        return out
    }
}
