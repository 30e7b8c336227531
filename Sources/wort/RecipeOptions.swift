import ArgumentParser
import Foundation
import WortCore
import WortIO
import WortRecipe

/// What a recipe needs besides its main input: second datasets, secrets, a seed.
struct RecipeOptions: ParsableArguments {
    @Option(name: .customLong("dataset"), help: "A second dataset for JOIN/UNION: NAME=FILE (NAME is the step's secondaryDatasetName or its secondInputLocation). Repeatable.")
    var datasets: [String] = []

    @Option(name: .customLong("secret"), help: "A secret for a step's secretId: ID=KEYFILE. Repeatable. Also read from WORT_SECRET_<ID> environment variables.")
    var secrets: [String] = []

    @Option(help: "Seed for random steps (REPLACE_WITH_RANDOM_*, SHUFFLE_ROWS): the same seed gives the same output.")
    var seed: UInt64?

    /// `jobDatasets`: names a job file's folder knows (its datasets.json), after --dataset's.
    func environment(recipePath: String, readOptions: ReadOptions, jobDatasets: [String: String] = [:]) throws -> RecipeEnvironment {
        var dir = (recipePath as NSString).deletingLastPathComponent
        // A published version (NAME.versions/2.0.json) resolves like its working recipe.
        if dir.hasSuffix(".versions") { dir = (dir as NSString).deletingLastPathComponent }
        var mapping = try pairs(datasets, option: "--dataset")
        for (k, v) in jobDatasets where mapping[k] == nil { mapping[k] = v }
        var resolver = DatasetResolver(mapping: mapping, recipeDirectory: dir)
        let registry = (dir.isEmpty ? "" : dir + "/") + "datasets.json"
        if FileManager.default.fileExists(atPath: registry) { try resolver.addRegistry(at: registry) }
        let store = SecretStore(keyFiles: try pairs(secrets, option: "--secret"))
        return RecipeEnvironment(datasets: resolver, secrets: store, seed: seed, readOptions: readOptions)
    }

    private func pairs(_ items: [String], option: String) throws -> [String: String] {
        var out: [String: String] = [:]
        for item in items {
            guard let eq = item.lastIndex(of: "="), eq != item.startIndex, item.index(after: eq) != item.endIndex else {
                throw WortError.usage("\(option) '\(item)' is not NAME=FILE")
            }
            out[String(item[..<eq])] = String(item[item.index(after: eq)...])
        }
        return out
    }
}

/// Loading a recipe file of any form Wort reads.
enum RecipeFile {
    static func load(_ path: String) throws -> Recipe {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw WortError.io("cannot read recipe", at: SourceLocation(file: path))
        }
        return try RecipeReader.read(bytes: Array(data), file: path)
    }

    /// Prints problems (warnings too) on stderr; throws when any is not a warning.
    static func report(_ problems: [RecipeProblem], recipe path: String) throws {
        for p in problems { FileHandle.standardError.write(Data("\(path): \(p)\n".utf8)) }
        let errors = problems.filter { !$0.isWarning }.count
        if errors > 0 {
            throw WortError.data("recipe has \(errors) problem\(errors == 1 ? "" : "s"); nothing was read or written", at: SourceLocation(file: path))
        }
    }
}
