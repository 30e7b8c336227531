import WortRecipe

extension AppState {
    /// Shows `steps` applied to the data, for the user to keep (Enter) or drop (Esc).
    /// The builder's forms and the mask proposal end here. `replacing` is the index of
    /// the step an edit replaces (then `steps` holds one step).
    public mutating func proposeSteps(_ steps: [RecipeStep], replacing: Int? = nil) -> [Effect] {
        guard !steps.isEmpty else { return [] }
        var effects = dropPreview()
        guard data.columnCount > 0 else {
            message = StatusMessage(text: "no data to preview the step on", isError: true)
            return effects
        }
        // Appending runs just the new steps on what is shown; an edit recomputes the
        // whole recipe from the loaded rows.
        let base: RowStore
        let toRun: Recipe
        if let replacing, replacing < recipe.steps.count {
            var all = recipe.steps
            all[replacing] = RecipeSession.Step(steps[0], enabled: all[replacing].enabled)
            base = source
            toRun = Recipe(steps: all.filter(\.enabled).map(\.step))
        } else {
            base = data
            toRun = Recipe(steps: steps)
        }
        let id = newJobID()
        preview = StepPreview(steps: steps, replacing: replacing, job: id, before: data, beforeVersion: dataVersion, diff: nil)
        let label = steps.count == 1 ? steps[0].action.operation : "\(steps.count) steps"
        jobs[id] = RunningJob(label: "previewing \(label)", fraction: nil)
        let environment = RecipeApply.environment(recipePath: self.recipe.path, readOptions: origin?.options ?? .init(), base: self.recipe.baseEnvironment)
        let before = data
        effects.append(.work(id, BackgroundWork(kind: "preview") { cancel, _ in
            let result = try RecipeApply.run(toRun, on: base, environment: environment, cancel: cancel)
            let broken = result.problems.filter { !$0.isWarning }
            if !broken.isEmpty {
                return { state in
                    state.preview = nil
                    state.message = StatusMessage(text: broken.map(\.description).joined(separator: "; "), isError: true)
                    return []
                }
            }
            let diff = try PreviewDiff.between(before, result.store, cancel: cancel)
            return { state in
                guard state.preview?.job == id else { return [] }
                state.preview?.job = nil
                state.preview?.diff = diff
                state.preview?.stepRows = StepRows.of(result.summary)
                let shown = state.showData(result.store)
                if state.preview?.applyWhenReady == true { return shown + state.applyPreview() }
                return shown
            }
        }))
        return effects
    }

    /// Enter keeps the previewed steps, Esc drops them; the grid moves as usual meanwhile.
    mutating func previewCommand(_ command: Command) -> [Effect] {
        switch command {
        case .applyPreview: return applyPreview()
        case .close: return dropPreview()
        default: return gridCommand(command)
        }
    }

    mutating func applyPreview() -> [Effect] {
        guard let p = preview else { return [] }
        guard p.diff != nil else {
            preview?.applyWhenReady = true
            message = StatusMessage(text: "the step is added as soon as its preview is ready · Esc drops it", isError: false)
            return []
        }
        preview = nil
        recordUndo()
        if let i = p.replacing, i < recipe.steps.count {
            recipe.stepRows = p.stepRows
            recipe.steps[i].step = p.steps[0]
            recipe.cursor = i
            message = StatusMessage(text: "changed step \(i + 1): \(p.steps[0].action.operation)", isError: false)
        } else {
            let first = recipe.steps.count
            // Counts of the earlier steps still hold when they were complete.
            let enabled = recipe.steps.filter(\.enabled).count
            recipe.stepRows = recipe.stepRows.count == enabled ? recipe.stepRows + p.stepRows : []
            recipe.steps += p.steps.map { RecipeSession.Step($0) }
            recipe.cursor = recipe.steps.count - 1
            let names = p.steps.map(\.action.operation).joined(separator: ", ")
            message = StatusMessage(text: p.steps.count == 1 ? "added step \(first + 1): \(names)" : "added steps \(first + 1)–\(recipe.steps.count): \(names)", isError: false)
        }
        recipe.unsaved = true
        recipe.problems = []
        return dataSettled()
    }

    /// Drops the preview: the data before it comes back, with its version (so what was
    /// computed for it, like profiles, still counts).
    mutating func dropPreview() -> [Effect] {
        guard let p = preview else { return [] }
        preview = nil
        var effects: [Effect] = []
        if let job = p.job { jobs[job] = nil; effects.append(.cancel(job)) }
        if p.diff != nil {
            effects += showData(p.before)
            dataVersion = p.beforeVersion
        }
        return effects
    }
}
