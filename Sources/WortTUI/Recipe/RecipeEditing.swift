import WortRecipe

/// Changes to the step list. Each keeps the list before it for undo; the data is then
/// recomputed from the loaded rows and the new list.
extension AppState {
    mutating func recordUndo() {
        recipe.undoStack.append(recipe.steps)
        if recipe.undoStack.count > 200 { recipe.undoStack.removeFirst() }
        recipe.redoStack = []
    }

    mutating func undoRecipe() -> [Effect] {
        guard let last = recipe.undoStack.popLast() else {
            message = StatusMessage(text: "nothing to undo", isError: false)
            return []
        }
        recipe.redoStack.append(recipe.steps)
        recipe.steps = last
        recipe.unsaved = true
        message = StatusMessage(text: "undone · Ctrl-R redoes", isError: false)
        return reapplyRecipe()
    }

    mutating func redoRecipe() -> [Effect] {
        guard let next = recipe.redoStack.popLast() else {
            message = StatusMessage(text: "nothing to redo", isError: false)
            return []
        }
        recipe.undoStack.append(recipe.steps)
        recipe.steps = next
        recipe.unsaved = true
        message = StatusMessage(text: "redone", isError: false)
        return reapplyRecipe()
    }

    mutating func toggleStep() -> [Effect] {
        guard recipe.steps.indices.contains(recipe.cursor) else { return [] }
        recordUndo()
        recipe.steps[recipe.cursor].enabled.toggle()
        recipe.unsaved = true
        return reapplyRecipe()
    }

    mutating func moveStep(by delta: Int) -> [Effect] {
        let from = recipe.cursor, to = recipe.cursor + delta
        guard recipe.steps.indices.contains(from), recipe.steps.indices.contains(to) else { return [] }
        recordUndo()
        recipe.steps.swapAt(from, to)
        recipe.cursor = to
        recipe.unsaved = true
        return reapplyRecipe()
    }

    mutating func deleteStep() -> [Effect] {
        guard recipe.steps.indices.contains(recipe.cursor) else { return [] }
        recordUndo()
        let gone = recipe.steps.remove(at: recipe.cursor)
        recipe.cursor = max(0, min(recipe.cursor, recipe.steps.count - 1))
        recipe.unsaved = true
        message = StatusMessage(text: "deleted \(gone.step.action.operation) · u undoes", isError: false)
        return reapplyRecipe()
    }

    /// Replaces the whole step list (a recipe opened from a file).
    public mutating func replaceSteps(_ steps: [RecipeStep], path: String) -> [Effect] {
        recordUndo()
        recipe.steps = steps.map { RecipeSession.Step($0) }
        recipe.cursor = 0
        recipe.path = path
        recipe.unsaved = false
        return reapplyRecipe()
    }

    /// Recomputes the data from the loaded rows and the enabled steps, in the background;
    /// the grid keeps the old result until the new one is ready.
    mutating func reapplyRecipe() -> [Effect] {
        var effects = dropPreview()
        if let old = recipe.applyJob { jobs[old] = nil; effects.append(.cancel(old)) }
        recipe.applyJob = nil
        let toRun = recipe.recipe
        if toRun.steps.isEmpty {
            recipe.problems = []
            recipe.stepRows = []
            effects += showData(source)
            return effects + dataSettled()
        }
        let id = newJobID()
        recipe.applyJob = id
        jobs[id] = RunningJob(label: "applying \(toRun.steps.count) step\(toRun.steps.count == 1 ? "" : "s")", fraction: nil)
        let environment = RecipeApply.environment(recipePath: recipe.path, readOptions: origin?.options ?? .init(), base: recipe.baseEnvironment)
        let input = source
        effects.append(.work(id, BackgroundWork(kind: "apply") { cancel, _ in
            let result = try RecipeApply.run(toRun, on: input, environment: environment, cancel: cancel)
            return { state in
                guard state.recipe.applyJob == id else { return [] }
                state.recipe.applyJob = nil
                state.recipe.problems = result.problems
                state.recipe.stepRows = StepRows.of(result.summary)
                if let first = result.problems.first(where: { !$0.isWarning }) {
                    state.message = StatusMessage(text: first.description + " · R shows the recipe", isError: true)
                }
                return state.showData(result.store) + state.dataSettled()
            }
        }))
        return effects
    }

    /// The data on screen is final for now: background work that depends on it (profiles
    /// and detections) starts here.
    mutating func dataSettled() -> [Effect] {
        dataChanged()
    }
}
