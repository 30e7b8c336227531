import WortRecipe

extension AppState {
    /// Recipe commands from the grid (and the palette).
    mutating func recipeCommand(_ command: Command) -> [Effect] {
        switch command {
        case .recipePanel:
            overlays.append(.recipe)
            recipe.cursor = max(0, min(recipe.cursor, recipe.steps.count - 1))
        case .undo: return undoRecipe()
        case .redo: return redoRecipe()
        case .saveRecipe: return askSaveRecipe()
        case .openRecipe: return askOpenRecipe()
        case .runRecipe: return askRunRecipe()
        case .applyPreview: return applyPreview()
        case .editStep, .toggleStep, .moveStepUp, .moveStepDown, .deleteStep:
            overlays.append(.recipe)
            return recipePanelCommand(command)
        default: break
        }
        return []
    }

    /// Keys in the recipe panel.
    mutating func recipePanelCommand(_ command: Command) -> [Effect] {
        switch command {
        case .close: overlays.removeLast()
        case .up: recipe.cursor = max(0, recipe.cursor - 1)
        case .down: recipe.cursor = max(0, min(recipe.steps.count - 1, recipe.cursor + 1))
        case .toggleStep: return toggleStep()
        case .moveStepUp: return moveStep(by: -1)
        case .moveStepDown: return moveStep(by: 1)
        case .deleteStep: return deleteStep()
        case .editStep, .select:
            guard recipe.steps.indices.contains(recipe.cursor) else { return [] }
            overlays.removeAll { $0 == .recipe }
            return openStepForm(editing: recipe.steps[recipe.cursor].step, at: recipe.cursor)
        case .addStep:
            overlays.removeAll { $0 == .recipe }
            return openStepMenu()
        case .undo: return undoRecipe()
        case .redo: return redoRecipe()
        case .saveRecipe: return askSaveRecipe()
        case .runRecipe: return askRunRecipe()
        case .help, .interrupt: return panelCommand(command)
        default: break
        }
        return []
    }

    /// Enter on a recipe prompt.
    mutating func submitRecipePrompt(_ p: Prompt) -> [Effect] {
        switch p.purpose {
        case .saveRecipe: return saveRecipe(to: p.text)
        case .openRecipe: return openRecipe(at: p.text)
        case .runOutput: return runRecipe(to: p.text)
        case .confirmReplace(let path): return runRecipe(to: path, replace: true)
        case .confirmQuit:
            shouldQuit = true
            return cancelJobs()
        default: return []
        }
    }

    /// `q`: quits, asking first when recipe steps are not saved.
    mutating func askQuit() -> [Effect] {
        if recipe.unsaved && !recipe.steps.isEmpty {
            let n = recipe.steps.count
            prompt = Prompt(label: "the recipe (\(n) step\(n == 1 ? "" : "s")) is not saved: quit anyway? (y/N, w saves) ",
                            text: "", purpose: .confirmQuit)
            return []
        }
        shouldQuit = true
        return cancelJobs()
    }
}
