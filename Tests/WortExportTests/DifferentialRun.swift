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

    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The sample recipes (recipes/*.json) on the sample data they are written for. A JSON
    /// Lines input is converted to Parquet first (exports read CSV and Parquet).
    static let sampleRecipes: [(name: String, recipe: String, input: String)] = [
        ("recipe:combine-sis", "recipes/combine-sis.json", "samples/students.csv"),
        ("recipe:bench-join-mask", "recipes/bench-join-mask.json", "samples/students.csv"),
        ("recipe:mask-student-pii", "recipes/mask-student-pii.json", "samples/students.csv"),
        ("recipe:lms-page-views-by-hour", "recipes/lms-page-views-by-hour.json", "samples/page_requests.jsonl"),
    ]

    /// A case folder for a sample recipe, in the golden layout.
    static func sampleFolder(_ sample: (name: String, recipe: String, input: String), in work: URL) throws -> URL {
        let fm = FileManager.default
        let dir = work.appendingPathComponent(sample.name.replacingOccurrences(of: ":", with: "-"))
        try fm.createDirectory(at: dir, withIntermediateDirectories: true)
        try fm.copyItem(at: repoRoot.appendingPathComponent(sample.recipe), to: dir.appendingPathComponent("recipe.json"))
        try fm.copyItem(at: repoRoot.appendingPathComponent("samples/enrollments.csv"), to: dir.appendingPathComponent("enrollments.csv"))
        let key = dir.appendingPathComponent("secret-student-pii-key.key")
        try "differential-test-key-not-secret".write(to: key, atomically: true, encoding: .utf8)
        let input = repoRoot.appendingPathComponent(sample.input)
        if input.pathExtension == "csv" {
            try fm.copyItem(at: input, to: dir.appendingPathComponent("input.csv"))
        } else {
            let reader = try TableFiles.openReader(input.path, format: nil, options: ReadOptions())
            let out = try OutputFile(path: dir.appendingPathComponent("input.parquet").path)
            let writer = try TableFiles.openWriter(out, format: .parquet)
            while let batch = try reader.nextBatch() { try writer.write(batch) }
            try writer.finish()
            try out.commit()
        }
        return dir
    }

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
        var all = Self.caseDirs
        for sample in Self.sampleRecipes { all.append((sample.name, try Self.sampleFolder(sample, in: work))) }
        for (k, (name, dir)) in all.enumerated() {
            let out = work.appendingPathComponent("case-\(k)")
            try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
            var c = DifferentialCase(name: name, dir: dir, operations: [])
            var entry: [String: String] = ["name": name]
            do {
                var (recipe, env) = try GoldenCaseFolder.load(dir)
                // An exported TODAY reads the engine's clock when it runs, as `wort run` reads
                // its own: such a recipe runs in wort on the real clock too, not the fixed one.
                if recipe.steps.contains(where: { $0.action.operation == "TODAY" }) { env.now = Date() }
                c.operations = recipe.steps.map(\.action.operation)
                let parquet = dir.appendingPathComponent("input.parquet").path
                let input = FileManager.default.fileExists(atPath: parquet) ? parquet : dir.appendingPathComponent("input.csv").path
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

    static func runWort(_ plan: RecipePlan, input: String, to path: String) throws {
        let reader = try TableFiles.openReader(input, format: nil, options: ReadOptions())
        let out = try OutputFile(path: path)
        let writer = try TableFiles.openWriter(out, format: .parquet)
        _ = try RecipeRunner.run(plan, reader: reader, writer: writer)
        try out.commit()
    }
}
