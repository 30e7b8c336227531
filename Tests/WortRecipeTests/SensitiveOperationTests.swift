import Foundation
import Testing
import WortCore
import WortIO
@testable import WortRecipe

/// Properties of the sensitive-data steps that one golden file cannot show.
struct SensitiveOperationTests {
    /// Runs a recipe over CSV text read in batches of `batchRows`.
    static func run(_ recipeJSON: String, _ csv: String, batchRows: Int, seed: UInt64 = 42) throws -> String {
        let recipe = try RecipeJSONReader.read(bytes: Array(recipeJSON.utf8), file: "test")
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("wort-sensitive-\(UUID().uuidString).csv").path
        try csv.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        var options = ReadOptions()
        options.batchRows = batchRows
        let reader = try TableFiles.openReader(path, format: .csv, options: options)
        let env = RecipeEnvironment(secrets: SecretStore(environment: [:]), seed: seed, readOptions: options)
        let (plan, problems) = RecipePlanner.plan(recipe, input: reader.schema, environment: env)
        guard let plan else { throw WortError.data("\(problems)") }
        let sink = ByteSink()
        let writer = CSVWriter(format: CSVWriter.Format(delimiter: 0x2C, header: true)) { sink.bytes += $0 }
        _ = try RecipeRunner.run(plan, reader: reader, writer: writer)
        return String(decoding: sink.bytes, as: UTF8.self)
    }

    static let rows = "id,v\n" + (0..<500).map { "\($0),\($0 % 7 == 0 ? "" : "x\($0)")" }.joined(separator: "\n") + "\n"

    @Test func randomStepsDoNotDependOnBatchBoundaries() throws {
        let recipe = """
        [{"Action":{"Operation":"REPLACE_WITH_RANDOM_BETWEEN","Parameters":{"sourceColumns":"[\\"v\\"]","lowerBound":"-5","upperBound":"5"}}},
         {"Action":{"Operation":"REPLACE_WITH_RANDOM_DATE_BETWEEN","Parameters":{"sourceColumns":"[\\"id\\"]","startDate":"2020-01-01 00:00:00","endDate":"2020-01-02 00:00:00"}}}]
        """
        let whole = try Self.run(recipe, Self.rows, batchRows: 100_000)
        #expect(try Self.run(recipe, Self.rows, batchRows: 7) == whole)
        #expect(try Self.run(recipe, Self.rows, batchRows: 64) == whole)
        #expect(try Self.run(recipe, Self.rows, batchRows: 64, seed: 43) != whole)
        // Nulls stay null; every value is within the bounds.
        for (i, line) in whole.split(separator: "\n").dropFirst().enumerated() {
            let v = line.split(separator: ",", omittingEmptySubsequences: false)[1]
            if i % 7 == 0 { #expect(v.isEmpty) } else { #expect((-5...5).contains(Int(v)!)) }
        }
    }

    @Test func shuffleKeepsTheMultisetOfValues() throws {
        let recipe = #"[{"Action":{"Operation":"SHUFFLE_ROWS","Parameters":{"sourceColumns":"[\"v\"]"}}}]"#
        let out = try Self.run(recipe, Self.rows, batchRows: 50)
        let values = { (t: String) in t.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false)[1] }.sorted() }
        #expect(values(out) == values(Self.rows))
        #expect(out != Self.rows)
        #expect(try Self.run(recipe, Self.rows, batchRows: 500) == out)
    }
}
