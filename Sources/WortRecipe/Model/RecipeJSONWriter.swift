import WortCore
/// Writes a recipe in DataBrew's canonical download form (databrew.md §1.1, §1.4):
/// a top-level list of `{"Action":{"Operation","Parameters"},"ConditionExpressions"}`,
/// pretty-printed with two-space indentation and a final newline.
/// - `Parameters` is always written (`{}` when empty, as real recipes do), its values are
///   the model's strings in the model's order.
/// - `ConditionExpressions` is written only when the step has conditions
///   (DataBrew's own download omits it, §1.1); inside, `Condition`, `Value` (when
///   present), `TargetColumn`, in that order.
/// - An empty recipe is `[ ]`, as [DG:recipes] shows it.
public enum RecipeJSONWriter {
    public static func write(_ recipe: Recipe) -> String {
        if recipe.steps.isEmpty { return "[ ]\n" }
        var out = "[\n"
        for (i, step) in recipe.steps.enumerated() {
            out += "  {\n"
            out += "    \"Action\": {\n"
            out += "      \"Operation\": \(JSONString.quoted(step.action.operation)),\n"
            if step.action.parameters.isEmpty {
                out += "      \"Parameters\": {}\n"
            } else {
                out += "      \"Parameters\": {\n"
                let params = Array(step.action.parameters)
                for (j, p) in params.enumerated() {
                    out += "        \(JSONString.quoted(p.name)): \(JSONString.quoted(p.value))"
                    out += j + 1 < params.count ? ",\n" : "\n"
                }
                out += "      }\n"
            }
            out += "    }"
            if !step.conditions.isEmpty {
                out += ",\n    \"ConditionExpressions\": [\n"
                for (j, c) in step.conditions.enumerated() {
                    out += "      {\n"
                    out += "        \"Condition\": \(JSONString.quoted(c.condition)),\n"
                    if let value = c.value {
                        out += "        \"Value\": \(JSONString.quoted(value)),\n"
                    }
                    out += "        \"TargetColumn\": \(JSONString.quoted(c.targetColumn))\n"
                    out += j + 1 < step.conditions.count ? "      },\n" : "      }\n"
                }
                out += "    ]"
            }
            out += "\n  }"
            out += i + 1 < recipe.steps.count ? ",\n" : "\n"
        }
        out += "]\n"
        return out
    }
}
