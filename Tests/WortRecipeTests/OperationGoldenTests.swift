import Foundation
import Testing
import WortCore
import WortIO
import WortTestSupport
@testable import WortRecipe

/// Golden tests of operations: each folder under Golden/Operations/ is one case:
/// - `recipe.json`: the steps (DataBrew JSON);
/// - `input.csv`: the dataset (types inferred as `wort run` does);
/// - `expected.csv`: the exact output, or `expected-problems.txt`: lines that must each
///   appear among the pre-flight problems (then nothing may run);
/// - any other `NAME.csv`: a second dataset, passed as `--dataset NAME=...`;
/// - `secret-ID.key`: the secret `ID` (HMAC or encryption key);
/// - `seed`: the seed of random steps (default 42).
/// The folder name starts with the operation it tests (`RENAME`, `RENAME-conditions`), so
/// `everyOperationHasAGoldenCase` can check that none is left out.
/// `WORT_RECORD=1` rewrites expected.csv from the current output and fails the test, so
/// nothing is accepted silently; read the diff before committing it.
struct OperationGoldenTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden/Operations")

    static let cases: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }()

    @Test(arguments: cases)
    func goldenCase(_ name: String) throws {
        let dir = Self.root.appendingPathComponent(name)
        let result = try GoldenRun.run(dir)
        let problemsFile = dir.appendingPathComponent("expected-problems.txt")
        if FileManager.default.fileExists(atPath: problemsFile.path) {
            let expected = try String(contentsOf: problemsFile, encoding: .utf8)
                .split(separator: "\n").map(String.init).filter { !$0.isEmpty }
            #expect(result.output == nil, "the recipe should fail pre-flight")
            let got = result.problems.map(\.description)
            for line in expected {
                #expect(got.contains(line), "missing problem: \(line)\ngot:\n\(got.joined(separator: "\n"))")
            }
            return
        }
        let problems = result.problems.filter { !$0.isWarning }.map(\.description)
        #expect(problems.isEmpty, "pre-flight problems: \(problems)")
        guard let output = result.output else { return }
        let expectedFile = dir.appendingPathComponent("expected.csv")
        if ProcessInfo.processInfo.environment["WORT_RECORD"] == "1" {
            try output.write(to: expectedFile, atomically: true, encoding: .utf8)
            Issue.record("recorded \(expectedFile.path); check it and run again without WORT_RECORD")
            return
        }
        let expected = try String(contentsOf: expectedFile, encoding: .utf8)
        #expect(output == expected, "\(name): output differs\n--- got\n\(output)--- expected\n\(expected)")
    }

    @Test(arguments: cases)
    func recipeSurvivesSaveAndLoad(_ name: String) throws {
        let file = Self.root.appendingPathComponent(name).appendingPathComponent("recipe.json")
        let recipe = try RecipeJSONReader.read(bytes: Array(try Data(contentsOf: file)), file: file.path)
        let written = RecipeJSONWriter.write(recipe)
        #expect(try RecipeJSONReader.read(written, file: "rewritten") == recipe)
        #expect(RecipeJSONWriter.write(try RecipeJSONReader.read(written, file: "rewritten")) == written)
    }

    @Test func everyOperationHasAGoldenCase() {
        let covered = Set(Self.cases.map { String($0.split(separator: "-", maxSplits: 1)[0]) })
        let missing = OperationRegistry.standard.names.filter { !covered.contains($0) }
        #expect(missing.isEmpty, "operations without a golden case: \(missing)")
    }
}

/// Runs one golden case folder the way `wort run` would, into CSV text.
enum GoldenRun {
    struct Result { var output: String?; var problems: [RecipeProblem] }

    static func run(_ dir: URL) throws -> Result {
        let (recipe, env) = try GoldenCaseFolder.load(dir)
        let reader = try TableFiles.openReader(dir.appendingPathComponent("input.csv").path, format: .csv, options: ReadOptions())
        let (plan, problems) = RecipePlanner.plan(recipe, input: reader.schema, environment: env)
        guard let plan else { return Result(output: nil, problems: problems) }
        let sink = ByteSink()
        let writer = CSVWriter(format: CSVWriter.Format(delimiter: 0x2C, header: true)) { sink.bytes += $0 }
        _ = try RecipeRunner.run(plan, reader: reader, writer: writer)
        return Result(output: String(decoding: sink.bytes, as: UTF8.self), problems: problems)
    }
}

final class ByteSink: @unchecked Sendable { var bytes: [UInt8] = [] }
