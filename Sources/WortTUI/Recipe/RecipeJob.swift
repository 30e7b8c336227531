import Foundation
import WortCore
import WortIO
import WortRecipe

/// Runs the recipe on the whole file, as `wort run` does: the file is read again (the
/// grid may hold a sample), the output written to a temporary file and renamed.
extension AppState {
    mutating func askRunRecipe() -> [Effect] {
        guard origin != nil else {
            message = StatusMessage(text: "no file to run the recipe on", isError: true)
            return []
        }
        prompt = Prompt(label: "run recipe → output file (.csv .json .parquet): ", text: defaultName(suffix: "-out.csv"), purpose: .runOutput)
        return []
    }

    mutating func runRecipe(to path: String, replace: Bool = false) -> [Effect] {
        guard let origin else { return [] }
        let format: TableFormat
        do { format = try TableFiles.format(of: path, override: nil) } catch {
            message = StatusMessage(text: "\(error)", isError: true)
            return []
        }
        if !replace && FileManager.default.fileExists(atPath: path) {
            prompt = Prompt(label: "\(path) exists: replace it? (y/N) ", text: "", purpose: .confirmReplace(path))
            return []
        }
        let recipeModel = recipe.recipe
        var readOptions = origin.options
        readOptions.keepInvalidAsText = format == .parquet
        let options = readOptions
        let environment = RecipeApply.environment(recipePath: recipe.path, readOptions: options, base: recipe.baseEnvironment)
        let id = newJobID()
        jobs[id] = RunningJob(label: "running recipe → \(path)", fraction: 0)
        return [.work(id, BackgroundWork(kind: "run") { cancel, progress in
            let reader = try TableFiles.openReader(origin.path, format: origin.format, options: options)
            let (plan, problems) = RecipePlanner.plan(recipeModel, input: reader.schema, environment: environment)
            guard let plan else {
                throw WortError.data(problems.filter { !$0.isWarning }.map(\.description).joined(separator: "; "))
            }
            let out = try OutputFile(path: path)
            let summary: RunSummary
            do {
                let writer = try TableFiles.openWriter(out, format: format)
                summary = try RecipeRunner.run(plan, reader: reader, writer: writer) {
                    if cancel.isCancelled { return }
                    let p = reader.progress
                    progress(p.total.map { $0 > 0 ? Double(p.done) / Double($0) : 1 })
                }
                if cancel.isCancelled { throw JobCancelled() }
                try out.commit()
            } catch {
                out.discard()
                throw error
            }
            return { state in
                state.message = StatusMessage(
                    text: "wrote \(NumberText.grouped(summary.rowsWritten)) rows to \(path) in \(String(format: "%.1f", summary.seconds)) s (read \(NumberText.grouped(summary.rowsRead)))",
                    isError: false)
                return []
            }
        })]
    }
}
