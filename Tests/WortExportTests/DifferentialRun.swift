import Foundation
import Testing
import WortCore
import WortExport
import WortIO
import WortRecipe
import WortTestSupport

/// One differential case: a folder with `recipe.json`, `input.csv`, and optionally other
/// `NAME.csv` (second datasets), `secret-ID.key` and `seed` (the golden operation layout).
struct DifferentialCase: Sendable {
    var name: String
    var dir: URL
    /// The recipe's operations, for coverage.
    var operations: [String]
    /// Why each target refused, if it did.
    var refusals: [ExportTarget: String] = [:]
    var exported: Set<ExportTarget> = []
    var problems: [String] = []
    /// Why the case is not compared (wort's output cannot be Parquet), if so.
    var notComparable: String?
}

/// Exports every case to every target, runs wort on it, then runs all exported programs in
/// one Python process (one Spark session), once per test run.
final class DifferentialRun: @unchecked Sendable {
    var cases: [String: DifferentialCase] = [:]
    var results: [String: [String: String]] = [:]
    var timings: [String: Double] = [:]
    var failure: String?

    static let shared = DifferentialRun.make()

    static let goldenRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("WortRecipeTests/Golden/Operations")
    static let extraRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Differential/Cases")
    static let harness = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Differential/differential.py")

    /// Case folders: golden operation cases that run (not the pre-flight failures), then
    /// the tricky-input cases of this target.
    static let caseDirs: [(String, URL)] = {
        var out: [(String, URL)] = []
        let fm = FileManager.default
        for (prefix, root) in [("", goldenRoot), ("diff:", extraRoot)] {
            let names = ((try? fm.contentsOfDirectory(atPath: root.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
            for n in names {
                let dir = root.appendingPathComponent(n)
                guard fm.fileExists(atPath: dir.appendingPathComponent("recipe.json").path),
                      !fm.fileExists(atPath: dir.appendingPathComponent("expected-problems.txt").path) else { continue }
                out.append((prefix + n, dir))
            }
        }
        return out
    }()

    static func make() -> DifferentialRun {
        let run = DifferentialRun()
        do { try run.prepareAndRun() } catch { run.failure = "\(error)" }
        return run
    }

    private func prepareAndRun() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("wort-differential-\(getpid())")
        try? FileManager.default.removeItem(at: work)
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        var manifest: [[String: String]] = []
        for (k, (name, dir)) in Self.caseDirs.enumerated() {
            let out = work.appendingPathComponent("case-\(k)")
            try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
            var c = DifferentialCase(name: name, dir: dir, operations: [])
            var entry: [String: String] = ["name": name]
            do {
                let (recipe, env) = try Self.load(dir)
                c.operations = recipe.steps.map(\.action.operation)
                let input = dir.appendingPathComponent("input.csv").path
                let source = try ExportSource.open(input, view: "wort_input", options: ReadOptions())
                let (plan, problems) = RecipePlanner.plan(recipe, input: source.schema, environment: env)
                guard let plan else {
                    c.problems = problems.filter { !$0.isWarning }.map(\.description)
                    cases[name] = c
                    continue
                }
                let wortOut = out.appendingPathComponent("wort.parquet").path
                do { try Self.runWort(plan, input: input, to: wortOut) } catch let e as WortError where "\(e)".contains("Parquet cannot keep") {
                    // Invalid cells keep their text in wort's text outputs and become NULL in
                    // Parquet and in exported programs alike; such a case has no Parquet to compare.
                    c.notComparable = "\(e)"
                    cases[name] = c
                    continue
                }
                entry["wort"] = wortOut
                for target in ExportTarget.allCases {
                    let outPath = out.appendingPathComponent("out-\(target.rawValue)" + (target == .duckdbSQL ? ".parquet" : "")).path
                    do {
                        let program = try RecipeExporter.export(recipe: recipe, plan: plan, recipePath: name, input: source,
                                                                environment: env, target: target, output: ExportOutput(path: outPath))
                        let file = out.appendingPathComponent(target == .pyspark ? "job.py" : "\(target.rawValue).sql")
                        try program.text.write(to: file, atomically: true, encoding: .utf8)
                        let key = ["duckdb-sql": "duckdb", "spark-sql": "spark_sql", "pyspark": "pyspark"][target.rawValue]!
                        entry[key] = file.path
                        entry[key + "_out"] = outPath
                        c.exported.insert(target)
                    } catch let r as ExportRefusal {
                        c.refusals[target] = r.description
                    }
                }
            } catch {
                c.problems.append("\(error)")
            }
            cases[name] = c
            if entry.count > 2 { manifest.append(entry) }
        }
        let manifestFile = work.appendingPathComponent("manifest.json")
        try JSONSerialization.data(withJSONObject: manifest, options: [.prettyPrinted]).write(to: manifestFile)
        let resultsFile = work.appendingPathComponent("results.json")
        guard PythonRunner.run("import runpy, sys; runpy.run_path(sys.argv[1], run_name='__main__')",
                               [Self.harness.path, manifestFile.path, resultsFile.path]) != nil else {
            failure = "the differential harness did not run (see the recorded issue)"
            return
        }
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: resultsFile)) as? [String: Any]
        results = object?["results"] as? [String: [String: String]] ?? [:]
        timings = object?["timings"] as? [String: Double] ?? [:]
    }

    static func load(_ dir: URL) throws -> (Recipe, RecipeEnvironment) {
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
        // An exported TODAY reads the engine's clock when it runs, as `wort run` reads its
        // own: such a recipe is run by wort on the real clock too, not the golden fixed one
        // (a test run that crosses midnight in a recipe's time zone would see two dates).
        let usesClock = recipe.steps.contains { $0.action.operation == "TODAY" }
        let env = RecipeEnvironment(datasets: DatasetResolver(mapping: datasets, recipeDirectory: dir.path),
                                    secrets: SecretStore(keyFiles: keyFiles, environment: [:]),
                                    seed: seed, readOptions: ReadOptions(),
                                    now: usesClock ? Date() : Date(timeIntervalSince1970: 1_767_225_600))
        return (recipe, env)
    }

    static func runWort(_ plan: RecipePlan, input: String, to path: String) throws {
        let reader = try TableFiles.openReader(input, format: .csv, options: ReadOptions())
        let out = try OutputFile(path: path)
        let writer = try TableFiles.openWriter(out, format: .parquet)
        _ = try RecipeRunner.run(plan, reader: reader, writer: writer)
        try out.commit()
    }
}
