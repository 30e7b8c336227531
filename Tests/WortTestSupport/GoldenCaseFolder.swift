import Foundation
import WortIO
import WortRecipe

/// A golden operation case folder (Tests/WortRecipeTests/Golden/Operations/<OP>[-variant]/,
/// and the differential cases of WortExportTests): `recipe.json`, `input.csv`, any other
/// `NAME.csv` as the second dataset NAME, `secret-ID.key` as secret ID, `seed` (default 42).
/// "Now" is fixed at 2026-01-01T00:00:00Z so TODAY is reproducible.
public enum GoldenCaseFolder {
    public static func load(_ dir: URL) throws -> (recipe: Recipe, environment: RecipeEnvironment) {
        let fm = FileManager.default
        let recipeFile = dir.appendingPathComponent("recipe.json")
        let recipe = try RecipeJSONReader.read(bytes: Array(try Data(contentsOf: recipeFile)), file: recipeFile.path)
        var datasets: [String: String] = [:]
        var keyFiles: [String: String] = [:]
        for f in try fm.contentsOfDirectory(atPath: dir.path) {
            let path = dir.appendingPathComponent(f).path
            if f.hasSuffix(".csv"), !["input.csv", "expected.csv"].contains(f) { datasets[String(f.dropLast(4))] = path }
            if f.hasPrefix("secret-"), f.hasSuffix(".key") { keyFiles[String(f.dropFirst(7).dropLast(4))] = path }
        }
        var seed: UInt64 = 42
        if let s = try? String(contentsOf: dir.appendingPathComponent("seed"), encoding: .utf8),
           let v = UInt64(s.trimmingCharacters(in: .whitespacesAndNewlines)) { seed = v }
        let env = RecipeEnvironment(datasets: DatasetResolver(mapping: datasets, recipeDirectory: dir.path),
                                    secrets: SecretStore(keyFiles: keyFiles, environment: [:]),
                                    seed: seed, readOptions: ReadOptions(),
                                    now: Date(timeIntervalSince1970: 1_767_225_600))
        return (recipe, env)
    }
}
