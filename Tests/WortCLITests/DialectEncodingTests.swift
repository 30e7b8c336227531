import Foundation
import Testing

@Suite struct DialectEncodingTests {
    /// samples/students_cp949.csv: CP949, semicolons, CRLF. Its first data row is student
    /// 100003, 서연 장 (see samples/README.md; the generator keeps that row first).
    @Test func cp949SemicolonSampleBecomesUTF8CSV() async throws {
        let input = repoPath("samples/students_cp949.csv")
        let dir = try TempDir()
        defer { dir.remove() }
        let r = try await wort("convert", input, dir.url("out.csv"))
        #expect(r.ok, "\(r)")
        let out = try #require(dir.read("out.csv"))
        let text = try #require(String(data: out, encoding: .utf8), "output is not UTF-8")
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "student_id,first_name,last_name,email,phone,date_of_birth,city,state,gpa,notes")
        #expect(lines.count > 1 && lines[1].hasPrefix("100003,서연,장,seoyeon.jang@students.wort-u.edu,"))
        // 똠 exists in CP949 only (not plain EUC-KR): decoding must not have stopped at it.
        #expect(text.contains("똠방각하"))
        #expect(!text.contains("\u{FFFD}"), "replacement characters in the output")
        // Every field, compared with Python's own CP949 decoding.
        try await expectFieldsPreserved(input, encoding: "cp949", inDelimiter: ";")
    }

    @Test func explicitWindows1252() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        // "Zoë,café" in Windows-1252: ë = EB, é = E9.
        let input = dir.file("w.csv", Array("Zo".utf8) + [0xEB] + Array(",caf".utf8) + [0xE9] + Array("\nNa".utf8) + [0xEF] + Array("ve,cr".utf8) + [0xE8, 0x6D, 0x65] + Array("\n".utf8))
        let r = try await wort("convert", input, dir.url("out.csv"), "--encoding", "windows-1252")
        #expect(r.ok, "\(r)")
        #expect(dir.text("out.csv") == "Zoë,café\nNaïve,crème\n")
        try await expectFieldsPreserved(input, encoding: "cp1252", extraArguments: ["--encoding", "windows-1252"])
    }

    @Test func noHeaderNamesColumns() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let input = dir.file("in.csv", "alpha,beta,gamma\n1,2,3\n")
        // CSV out mirrors the input: no header row; named formats get Column_k.
        let r = try await wort("convert", input, dir.url("out.csv"), "--no-header")
        #expect(r.ok, "\(r)")
        #expect(dir.text("out.csv") == "alpha,beta,gamma\n1,2,3\n")
        let j = try await wort("convert", input, dir.url("out.jsonl"), "--no-header", "--all-strings")
        #expect(j.ok, "\(j)")
        #expect(dir.text("out.jsonl") == "{\"Column_1\":\"alpha\",\"Column_2\":\"beta\",\"Column_3\":\"gamma\"}\n{\"Column_1\":\"1\",\"Column_2\":\"2\",\"Column_3\":\"3\"}\n")
        let h = try await wort("head", input, "--no-header")
        #expect(h.ok, "\(h)")
        #expect(h.stdout.split(separator: "\n").first?.split(separator: " ").map(String.init) == ["Column_1", "Column_2", "Column_3"])
        let s = try await wort("schema", "--json", input, "--no-header")
        #expect(s.stdout.contains("\"rows\":2,"), "\(s)")
    }

    @Test func tabDelimiter() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        // .txt reads as CSV; the values hold commas that must be quoted on output.
        let input = dir.file("in.txt", "name\tcity\nKim, S.\tSeoul\n\"x\ty\"\tBusan, KR\n")
        let r = try await wort("convert", input, dir.url("out.csv"), "--delimiter", "tab")
        #expect(r.ok, "\(r)")
        #expect(dir.text("out.csv") == "name,city\n\"Kim, S.\",Seoul\nx\ty,\"Busan, KR\"\n")
        try await expectFieldsPreserved(input, encoding: "utf-8", inDelimiter: "\t", extraArguments: ["--delimiter", "tab"])
        // And back out as TSV by extension.
        let t = try await wort("convert", dir.url("out.csv"), dir.url("back.tsv"))
        #expect(t.ok, "\(t)")
        #expect(dir.text("back.tsv") == "name\tcity\nKim, S.\tSeoul\n\"x\ty\"\tBusan, KR\n")
    }
}
