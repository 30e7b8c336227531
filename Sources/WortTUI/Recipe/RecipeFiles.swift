import Foundation
import WortCore
import WortIO
import WortRecipe

/// Saving the recipe as DataBrew JSON and opening one to replay it.
extension AppState {
    mutating func askSaveRecipe() -> [Effect] {
        guard !recipe.steps.isEmpty else {
            message = StatusMessage(text: "the recipe has no steps yet · a adds one", isError: false)
            return []
        }
        prompt = Prompt(label: "save recipe as: ", text: recipe.path ?? defaultName(suffix: "-recipe.json"), purpose: .saveRecipe)
        return []
    }

    mutating func askOpenRecipe() -> [Effect] {
        prompt = Prompt(label: "open recipe: ", text: "", purpose: .openRecipe)
        return []
    }

    /// "students-recipe.json" for students.csv, in the working folder.
    func defaultName(suffix: String) -> String {
        let base = ((origin?.path ?? title) as NSString).lastPathComponent
        let stem = (base as NSString).deletingPathExtension
        return (stem.isEmpty || stem == "-" ? "data" : stem) + suffix
    }

    /// Writes the enabled steps atomically; disabled ones are left out (DataBrew has no
    /// such thing), and the message says so.
    mutating func saveRecipe(to path: String) -> [Effect] {
        let text = RecipeJSONWriter.write(recipe.recipe)
        let steps = recipe.steps
        let left = steps.filter { !$0.enabled }.count
        let id = newJobID()
        jobs[id] = RunningJob(label: "saving \(path)", fraction: nil)
        return [.work(id, BackgroundWork(kind: "save") { _, _ in
            try OutputFile.write(text, to: path)
            return { state in
                state.recipe.path = path
                // Edits made while saving keep the recipe unsaved.
                state.recipe.unsaved = state.recipe.steps != steps
                let n = steps.count - left
                state.message = StatusMessage(
                    text: "saved \(n) step\(n == 1 ? "" : "s") to \(path)" + (left > 0 ? " (\(left) switched-off left out)" : "")
                        + " · run it: wort run \(path) --input FILE -o OUT", isError: false)
                return []
            }
        })]
    }

    mutating func openRecipe(at path: String) -> [Effect] {
        let id = newJobID()
        jobs[id] = RunningJob(label: "opening \(path)", fraction: nil)
        return [.work(id, BackgroundWork(kind: "open recipe") { _, _ in
            guard let data = FileManager.default.contents(atPath: path) else {
                throw WortError.io("cannot read recipe", at: SourceLocation(file: path))
            }
            let recipe = try RecipeReader.read(bytes: [UInt8](data), file: path)
            return { state in
                var effects = state.replaceSteps(recipe.steps, path: path)
                if !state.overlays.contains(.recipe) { state.overlays.append(.recipe) }
                state.message = StatusMessage(text: "opened \(recipe.steps.count) steps from \(path)", isError: false)
                effects += []
                return effects
            }
        })]
    }
}
