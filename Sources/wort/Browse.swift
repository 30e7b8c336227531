import ArgumentParser
import Foundation
import WortCore
import WortIO
import WortRecipe
import WortTerminal
import WortTUI

/// `wort FILE`: the file in the interactive grid. The default subcommand, so that
/// `wort data.csv` opens it while `wort head ...` and the others work as before.
struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Open a file in the interactive grid (the default: wort FILE).",
        discussion: """
            The first rows show at once while the rest loads in the background; the status
            line says whether the grid holds the full data or a sample. Press ? for keys.
            """)

    @Argument(help: "The file to open (- for stdin); more files are offered by the file picker (o) and the join wizard; a folder opens the picker there.")
    var files: [String] = []

    var file: String? { files.first }

    @Option(help: "A recipe (DataBrew JSON or YAML) to replay on the file; its steps show in the recipe panel.")
    var recipe: String?

    @Option(help: "When the file does not fit in memory: keep the first rows (first) or rows from all of it at random (random; --seed picks which).")
    var sample: String = "first"

    @Option(help: "Most memory the loaded rows may take, in MB (default: a quarter of physical memory); beyond it the grid keeps the first rows as a sample.")
    var memory: Int?

    @Flag(help: "No colours (also when NO_COLOR is set).")
    var noColor = false

    @Option(help: ArgumentHelp("Print the screen as text at this size (e.g. 80x24) after loading, without a terminal.", visibility: .hidden))
    var printScreen: String?

    @OptionGroup var input: InputOptions
    @OptionGroup var recipeOptions: RecipeOptions

    func run() throws {
        guard ["first", "random"].contains(sample) else { throw WortError.usage("--sample is first or random, not '\(sample)'") }
        var isDirectory: ObjCBool = false
        let folder = file.flatMap { FileManager.default.fileExists(atPath: $0, isDirectory: &isDirectory) && isDirectory.boolValue ? $0 : nil }
        guard let file, folder == nil else {
            // Nothing to open: the file picker in a terminal, else say what the program does.
            guard isatty(STDOUT_FILENO) == 1, isatty(STDIN_FILENO) == 1, printScreen == nil else {
                print(Wort.helpMessage())
                return
            }
            var state = AppState(width: 80, height: 24, title: "wort")
            let start = folder.map { ($0 as NSString).standardizingPath }.map { $0.hasPrefix("/") ? $0 : FileManager.default.currentDirectoryPath + "/" + $0 }
            let effects = state.openPicker(at: start)
            _ = try runTerminal(state, effects)
            return
        }
        // `wort frobnicate`: a mistyped command more likely than a file without extension.
        if file != "-" && !file.contains(".") && !file.contains("/") && !FileManager.default.fileExists(atPath: file) {
            throw WortError.usage("'\(file)' is neither a command nor a file",
                                  hint: "commands: \(Wort.configuration.subcommands.map { $0._commandName }.joined(separator: ", ")); wort --help lists them")
        }
        let format = try input.format()
        let options = try input.readOptions(allStrings: false)
        // Problems the user can fix from the command line fail here, before the screen
        // is taken over: a missing file, an option that does not apply.
        let resolved = try TableFiles.inputFormat(of: file, override: format)
        try TableFiles.check(options, for: resolved, path: file)
        if file != "-" && !FileManager.default.isReadableFile(atPath: file) {
            throw WortError.io("cannot open: no such file or not readable", at: SourceLocation(file: file))
        }
        if let memory, memory <= 0 { throw WortError.usage("--memory must be a positive number of MB") }
        let budget = memory.map { $0 << 20 } ?? MemoryEstimate.defaultBudget
        var request = LoadRequest(path: file, format: resolved, options: options, memoryBudget: budget)
        if sample == "random" { request.randomSampleSeed = recipeOptions.seed ?? 1 }
        let title = file == "-" ? "<stdin>" : (file as NSString).lastPathComponent
        let recipeSteps = try recipe.map { ($0, try RecipeFile.load($0).steps) }
        let environment = try recipeOptions.environment(recipePath: recipe ?? "", readOptions: options)
        RecentFiles.add(file)
        func prepared(width: Int, height: Int) -> (AppState, [Effect]) {
            var state = AppState(width: width, height: height, title: title)
            state.recipe.baseEnvironment = environment
            state.picker.recent = RecentFiles.load()
            state.picker.opened = files.dropFirst().map { $0.hasPrefix("/") ? $0 : FileManager.default.currentDirectoryPath + "/" + $0 }
            var effects = state.startLoading(request)
            if let (path, steps) = recipeSteps { effects += state.replaceSteps(steps, path: path); state.overlays = [.recipe] }
            return (state, effects)
        }

        if let printScreen {
            let parts = printScreen.split(separator: "x").compactMap { Int($0) }
            guard parts.count == 2, parts[0] > 0, parts[1] > 0 else {
                throw WortError.usage("--print-screen wants WIDTHxHEIGHT, like 80x24")
            }
            var (state, effects) = prepared(width: parts[0], height: parts[1])
            settle(&state, effects)
            print(render(state).text)
            try failIfNothingLoaded(state)
            return
        }
        let (state, effects) = prepared(width: 80, height: 24)
        try failIfNothingLoaded(try runTerminal(state, effects))
    }

    func runTerminal(_ state: AppState, _ effects: [Effect]) throws -> AppState {
        let noColor = self.noColor || !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        do {
            return try TerminalApp.run(state, effects: effects, noColor: noColor)
        } catch let error as TerminalError {
            throw WortError.usage(error.description, hint: "use wort head FILE to print the first rows")
        }
    }

    /// A file that could not be read at all is an error once the screen is gone, so that
    /// scripts and the shell see it (exit 1), as with the other commands.
    func failIfNothingLoaded(_ state: AppState) throws {
        guard state.data.columnCount == 0, case .failed(let message)? = state.load.sample else { return }
        FileHandle.standardError.write(Data("wort: \(message)\n".utf8))
        throw ExitCode(1)
    }
}
