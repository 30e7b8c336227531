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

    /// The draws are the documented hash, so that exported SQL can compute them: row k of
    /// stream s of step n gets the first 13 hex digits of sha256("<seed>:<n>:<s>:<k>").
    @Test func rowDrawsAreTheDocumentedHash() {
        let draws = RowDraws(seed: 42, step: 1, stream: 0)
        // sha256("42:1:0:0") starts 4ce4675952841 (13 hex digits) = 1352701922584641.
        #expect(draws.bits(0) == 1_352_701_922_584_641)
        #expect(draws.below(100, row: 0) == 30)
        #expect(RowDraws(seed: 42, step: 1, stream: 1).bits(0) != draws.bits(0))
        #expect(RowDraws(seed: 43, step: 1, stream: 0).bits(0) != draws.bits(0))
        for k in 0..<200 {
            #expect(draws.below(1, row: k) == 0)
            #expect(draws.below(7, row: k) < 7)
        }
        #expect(String(decoding: RowDraws(seed: .max, step: 12, stream: 3).prefix, as: UTF8.self) == "18446744073709551615:12:3:")
    }

    /// A cell that is not a value of its column's type is hidden as null, as exported
    /// programs (which read it as NULL) do; it never keeps its text.
    @Test func randomStepsNullInvalidCells() throws {
        let recipe = #"[{"Action":{"Operation":"CHANGE_DATA_TYPE","Parameters":{"sourceColumn":"v","columnDataType":"integer"}}},"#
            + #"{"Action":{"Operation":"REPLACE_WITH_RANDOM_BETWEEN","Parameters":{"sourceColumns":"[\"v\"]","lowerBound":"1","upperBound":"3"}}}]"#
        let out = try Self.run(recipe, "id,v\n1,5\n2,abc\n3,\n4,7\n", batchRows: 2)
        let values = out.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false)[1] }
        #expect(values[1].isEmpty && values[2].isEmpty)
        #expect([values[0], values[3]].allSatisfy { ["1", "2", "3"].contains($0) })
    }
}
