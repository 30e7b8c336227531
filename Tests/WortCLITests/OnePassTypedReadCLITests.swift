import Foundation
import Testing

/// `convert` and `run` read a CSV once, typed from a guess over its first 8 MB; a file
/// whose end contradicts the guess is read again with the right types, and the output is
/// what the two-pass read gives.
@Suite struct OnePassTypedReadCLITests {
    /// About 10 MB: `code` is a number in the first 140,000 rows and text in the last
    /// 10,000 (6.7%: the whole file says text, its first 8 MB say numbers).
    static func lateText(_ dir: TempDir) -> String {
        var s = "id,code,name\n"
        s.reserveCapacity(11 << 20)
        for i in 0..<150_000 {
            let code = i < 140_000 ? String(100_000 + i) : "K\(i)"
            s += "\(i),\(code),some padding text for row \(i) to make the file long\n"
        }
        return dir.file("late.csv", s)
    }

    static func codes(_ jsonl: String) throws -> [Any] {
        try jsonl.split(separator: "\n").map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            return object["code"]!
        }
    }

    @Test func convertGivesTheWholeFilesTypesWhenItsEndChangesOne() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let input = Self.lateText(dir)
        let r = try await wort("convert", input, dir.url("out.jsonl"), timeout: 120)
        #expect(r.ok, "\(r)")
        let codes = try Self.codes(try #require(dir.text("out.jsonl")))
        #expect(codes.count == 150_000)
        // Text throughout, as the whole file's types say: "100000", not 100000.
        #expect(codes.allSatisfy { $0 is String }, "first: \(codes.first!)")
        #expect(codes.first as? String == "100000" && codes.last as? String == "K149999")
        let schema = try await wort("schema", input, timeout: 120)
        #expect(schema.stdout.contains("code") && schema.stdout.contains("string"), "\(schema.stdout)")
    }

    @Test func runGivesTheWholeFilesTypesWhenItsEndChangesOne() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let input = Self.lateText(dir)
        let recipe = dir.file("r.json", #"[{"Action":{"Operation":"RENAME","Parameters":{"sourceColumn":"name","targetColumn":"label"}}}]"#)
        let r = try await wort("run", recipe, "--input", input, "-o", dir.url("out.jsonl"), timeout: 120)
        #expect(r.ok, "\(r)")
        let codes = try Self.codes(try #require(dir.text("out.jsonl")))
        #expect(codes.count == 150_000 && codes.allSatisfy { $0 is String })
        #expect(dir.text("out.jsonl")?.contains("\"label\"") == true)
    }

    /// Parquet keeps no invalid cell: the first text code stops the one-pass read, and the
    /// read again (types over the whole file first) writes `code` as text.
    @Test func convertToParquetReadsAgainWhenAValueDoesNotFitTheGuess() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let input = Self.lateText(dir)
        let r = try await wort("convert", input, dir.url("out.parquet"), timeout: 120)
        #expect(r.ok, "\(r)")
        let schema = try await wort("schema", dir.url("out.parquet"), "--json", timeout: 120)
        let json = try JSONSerialization.jsonObject(with: Data(schema.stdout.utf8)) as? [String: Any]
        let columns = try #require(json?["columns"] as? [[String: Any]], "\(schema.stdout)")
        #expect(columns.map { $0["type"] as? String } == ["int64", "string", "string"], "\(schema.stdout)")
        #expect(json?["rows"] as? Int == 150_000, "\(schema.stdout)")
        let head = try await wort("head", dir.url("out.parquet"), "-n", "2", timeout: 120)
        #expect(head.stdout.contains("100000"), "\(head.stdout)")
    }
}
