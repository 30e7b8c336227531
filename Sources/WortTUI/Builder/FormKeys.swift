import WortCore
import WortRecipe

/// Keys in a step's form. Fields are edited in place: text by typing, columns and choices
/// with ←/→ (or by typing part of a column's name), several columns with Space; Tab and
/// ↑/↓ move between fields; Enter previews the step.
extension AppState {
    /// The names a column field picks from (the join's second key: the other file's).
    func pickable(_ field: FieldSpec) -> [String] {
        if field.key == "rightKey" { return builder.form?.join?.rightColumns ?? [] }
        if case .choice(let choices) = field.kind { return choices.map(\.value) }
        return data.schema.names
    }

    mutating func formKey(_ key: Key) -> [Effect]? {
        guard var form = builder.form, !form.kind.fields.isEmpty || key == .enter || key == .escape else {
            return key == .enter ? submitForm() : nil
        }
        let i = form.focus
        let field = form.kind.fields.indices.contains(i) ? form.kind.fields[i] : nil
        var effects: [Effect] = []
        switch key {
        case .tab where field?.kind == .file:
            let (completed, hits) = SecondFileReader.complete(form.values[i])
            if completed != form.values[i] { form.values[i] = completed } else if hits.count == 1 || hits.isEmpty {
                form.focus = min(form.kind.fields.count - 1, i + 1)
                builder.form = form
                return startJoinRead()
            }
            form.generalProblem = hits.count > 1 ? "matches: " + hits.prefix(8).joined(separator: "  ") : nil
        case .tab, .down:
            form.focus = (i + 1) % max(1, form.kind.fields.count)
        case .backTab, .up:
            form.focus = (i - 1 + form.kind.fields.count) % max(1, form.kind.fields.count)
        case .enter:
            builder.form = form
            if field?.kind == .file && form.join?.path != form.values[i] { 
                builder.form?.focus = min(form.kind.fields.count - 1, i + 1)
                return startJoinRead()
            }
            return submitForm()
        case .left, .right:
            guard let field else { return [] }
            let delta = key == .right ? 1 : -1
            switch field.kind {
            case .column, .choice:
                let names = pickable(field)
                guard !names.isEmpty else { return [] }
                let at = names.firstIndex(of: form.values[i]) ?? (delta > 0 ? -1 : 0)
                form.values[i] = names[(at + delta + names.count) % names.count]
            case .columns:
                let names = pickable(field)
                guard !names.isEmpty else { return [] }
                form.candidates[i] = (form.candidates[i] + delta + names.count) % names.count
            case .file:
                let files = joinCandidates
                guard !files.isEmpty else { return [] }
                let at = files.firstIndex(of: form.values[i]) ?? (delta > 0 ? -1 : 0)
                form.values[i] = files[(at + delta + files.count) % files.count]
            default: return nil
            }
        case .char(" ") where field?.kind == .columns:
            let names = pickable(field!)
            guard names.indices.contains(form.candidates[i]) else { return [] }
            let name = names[form.candidates[i]]
            var list = ParameterValue.stringList(form.values[i]) ?? []
            if let at = list.firstIndex(of: name) { list.remove(at: at) } else { list.append(name) }
            form.values[i] = ParameterValue.encode(list: list)
        case .char(let c):
            guard let field else { return [] }
            switch field.kind {
            case .text, .number, .file: form.values[i].append(c)
            case .column, .columns:
                // Typing finds a column by part of its name.
                let names = pickable(field)
                let typed = (form.typed + String(c)).lowercased()
                if let hit = names.firstIndex(where: { $0.lowercased().hasPrefix(typed) }) ?? names.firstIndex(where: { $0.lowercased().contains(typed) }) {
                    form.typed = typed
                    if field.kind == .column { form.values[i] = names[hit] } else { form.candidates[i] = hit }
                }
            case .choice: return []
            }
        case .backspace:
            guard let field else { return [] }
            switch field.kind {
            case .text, .number, .file: if !form.values[i].isEmpty { form.values[i].removeLast() }
            default: if !form.typed.isEmpty { form.typed.removeLast() }
            }
        case .ctrl("u"):
            if let field, [.text, .number, .file].contains(field.kind) { form.values[i] = "" }
        default:
            return nil
        }
        if form.focus != i { form.typed = "" }
        form.problems[field?.key ?? ""] = nil
        builder.form = form
        // A changed key pair is counted again.
        if let join = form.join, ["leftKey", "rightKey"].contains(field?.key ?? ""), join.rightColumns.count > 0 {
            effects += countJoinMatches()
        }
        return effects
    }

    mutating func formCommand(_ command: Command) -> [Effect] {
        switch command {
        case .close:
            let editing = builder.form?.editing != nil
            overlays.removeLast()
            builder.form = nil
            if !editing { overlays.append(.menu) }
        case .help: overlays.append(.help(scroll: 0))
        case .interrupt:
            if !jobs.isEmpty { return cancelJobs() }
            overlays.removeLast()
        default: break
        }
        return []
    }

    /// Enter: required fields, then pre-flight on the data's columns; problems stay in
    /// the form at their field, else the step goes to the preview.
    mutating func submitForm() -> [Effect] {
        guard var form = builder.form else { return [] }
        syncJoin(&form)
        form.problems = form.missing
        form.generalProblem = nil
        if form.join != nil && form.join?.rightColumns.isEmpty == true {
            form.problems["secondInputLocation"] = form.join?.readError ?? "press Enter to read the file first"
        }
        if let first = form.kind.fields.firstIndex(where: { form.problems[$0.key] != nil }) {
            form.focus = first
            builder.form = form
            return []
        }
        let step = form.step(columns: data.schema.names)
        let environment = RecipeApply.environment(recipePath: recipe.path, readOptions: origin?.options ?? .init(), base: recipe.baseEnvironment)
        let problems = preflight(step, editing: form.editing, environment: environment)
        if !problems.isEmpty {
            for p in problems {
                let key = p.parameter.flatMap { name in form.kind.fields.contains { $0.key == name } ? name : nil }
                    ?? (p.parameter == "joinKeys" ? "leftKey" : nil)
                if let key { form.problems[key] = p.message } else { form.generalProblem = p.message }
            }
            if let first = form.kind.fields.firstIndex(where: { form.problems[$0.key] != nil }) { form.focus = first }
            builder.form = form
            return []
        }
        overlays.removeAll { $0 == .form }
        builder.form = nil
        return proposeSteps([step], replacing: form.editing)
    }

    /// Pre-flight of a new step against the columns shown, or of an edited step in its
    /// place in the recipe (against the columns it receives there).
    func preflight(_ step: RecipeStep, editing: Int?, environment: RecipeEnvironment) -> [RecipeProblem] {
        guard let i = editing, recipe.steps.indices.contains(i) else {
            return RecipePlanner.plan(Recipe(steps: [step]), input: data.schema, environment: environment).problems.filter { !$0.isWarning }
        }
        var steps = recipe.steps
        steps[i].step = step
        steps[i].enabled = true
        let enabled = steps.filter(\.enabled).map(\.step)
        let number = steps[...i].filter(\.enabled).count
        return RecipePlanner.plan(Recipe(steps: enabled), input: source.schema, environment: environment).problems
            .filter { !$0.isWarning && $0.step == number }
    }

    /// Copies the join fields into the wizard's state.
    func syncJoin(_ form: inout StepForm) {
        guard form.join != nil else { return }
        let snapshot = form
        let v = { (key: String) in snapshot.kind.fields.firstIndex { $0.key == key }.map { snapshot.values[$0] } ?? "" }
        form.join?.joinType = v("joinType")
        form.join?.leftKey = v("leftKey")
        form.join?.rightKey = v("rightKey")
        let union = snapshot.join?.operation == "UNION"
        form.join?.keepMode = union ? v("columns") : v("keep")
    }
}

extension StepForm {
    /// Letters typed into a column field to find a column (cleared on moving away).
    var typed: String {
        get { typedText }
        set { typedText = newValue }
    }
}
