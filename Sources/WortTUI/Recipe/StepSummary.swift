import WortRecipe

/// One line that says what a step does, for the recipe panel: "email → e_mail",
/// "phone, ssn", "joins enrollments.csv on studentId".
enum StepSummary {
    static func text(_ step: RecipeStep) -> String {
        let p = step.action.parameters
        func list(_ name: String) -> String? {
            guard let v = p[name] else { return nil }
            return (ParameterValue.stringList(v) ?? [v]).joined(separator: ", ")
        }
        var out: String
        switch step.action.operation {
        case "JOIN":
            let other = p["secondaryDatasetName"] ?? p["secondInputLocation"] ?? "?"
            out = "\(p["joinType"] ?? "join") with \(other)"
        case "UNION":
            // The other datasets by name (the TUI's are file paths: their last part).
            let names = p["secondaryDatasetNames"].flatMap(ParameterValue.stringList)?
                .map { $0.split(separator: "/").last.map(String.init) ?? $0 }.joined(separator: ", ")
            out = "with " + (names ?? (list("datasetsColumns") != nil ? "other datasets" : "?"))
        default:
            let source = list("sourceColumns") ?? p["sourceColumn"] ?? list("sourceColumnNames")
            let target = p["targetColumn"] ?? p["targetColumnName"]
            switch (source, target) {
            case let (s?, t?): out = "\(s) → \(t)"
            case let (s?, nil): out = s
            case let (nil, t?): out = "→ \(t)"
            case (nil, nil): out = p.first(where: { _ in true }).map { "\($0.name)=\($0.value)" } ?? ""
            }
        }
        if !step.conditions.isEmpty { out += " · if \(step.conditions.count) condition\(step.conditions.count == 1 ? "" : "s")" }
        return out
    }
}
