import Foundation
import Testing

@Suite struct SchemaTests {
    /// Data rows per Python's csv module (records minus the header).
    func pythonRowCount(_ path: String) async throws -> Int? {
        let py = try await python(#"""
import csv, sys
with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
    print(sum(1 for r in csv.reader(f) if r) - 1)
"""#, [path])
        #expect(py.ok, "\(py.stderr)")
        return Int(py.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test func studentsTable() async throws {
        let path = repoPath("samples/students.csv")
        let expectedRows = try #require(try await pythonRowCount(path))
        #expect(expectedRows == 502)  // samples/README.md: 500 + 2 duplicates
        let r = try await wort("schema", path)
        #expect(r.ok, "\(r)")
        #expect(r.stdout.hasPrefix("\(path): \(expectedRows) rows, 15 columns"), "\(r.stdout.prefix(200))")
        // "#  column  type  nulls  invalid" rows: pick the type of each named column.
        var types: [String: String] = [:]
        for line in r.stdout.split(separator: "\n") {
            let f = line.split(separator: " ", omittingEmptySubsequences: true)
            if f.count == 5, Int(f[0]) != nil { types[String(f[1])] = String(f[2]) }
        }
        #expect(types.count == 15)
        #expect(types["student_id"] == "int64")
        #expect(types["gpa"] == "double")
        #expect(types["date_of_birth"] == "date")
        #expect(types["is_active"] == "bool")
        #expect(types["zip"] == "string")  // leading zeros and ZIP+4: text, not numbers
        #expect(types["notes"] == "string")
    }

    @Test func studentsJSONMatchesTable() async throws {
        let path = repoPath("samples/students.csv")
        let expectedRows = try #require(try await pythonRowCount(path))
        let r = try await wort("schema", "--json", path)
        #expect(r.ok, "\(r)")
        let py = try await python(#"""
import json, sys
d = json.loads(sys.stdin.read())
assert d['file'] == sys.argv[1], d['file']
cols = {c['name']: c for c in d['columns']}
print(d['rows'], len(d['columns']))
for n in ['student_id', 'gpa', 'date_of_birth', 'is_active']:
    print(n, cols[n]['type'], cols[n]['invalid'])
print(sum(c['nulls'] for c in d['columns']) > 0)
"""#, [path], stdin: r.stdoutData)
        #expect(py.ok, "schema --json is not the expected JSON: \(py.stderr)\n\(r.stdout.prefix(300))")
        #expect(py.stdout == """
            \(expectedRows) 15
            student_id int64 0
            gpa double 0
            date_of_birth date 0
            is_active bool 0
            True

            """)
    }

    /// 96 integers and 4 words: still int64 (a few bad values do not turn a column into
    /// text), the 4 are counted invalid, and convert keeps them as strings.
    @Test func mostlyIntegersWithFourWords() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        var text = "id,qty\n"
        for i in 0..<96 { text += "\(i),\(i * 3)\n" }
        let words = ["many", "few", "several", "lots"]
        for (k, w) in words.enumerated() { text += "\(96 + k),\(w)\n" }
        let input = dir.file("mix.csv", text)

        let s = try await wort("schema", "--json", input)
        #expect(s.ok, "\(s)")
        #expect(s.stdout.contains(#"{"name":"qty","type":"int64","nulls":0,"invalid":4}"#), "\(s.stdout)")
        #expect(s.stdout.contains(#""rows":100,"#), "\(s.stdout)")

        let c = try await wort("convert", input, dir.url("mix.jsonl"))
        #expect(c.ok, "\(c)")
        let lines = (dir.text("mix.jsonl") ?? "").split(separator: "\n").map(String.init)
        #expect(lines.count == 100)
        #expect(lines.first == #"{"id":0,"qty":0}"#)
        #expect(Array(lines.suffix(4)) == [
            #"{"id":96,"qty":"many"}"#, #"{"id":97,"qty":"few"}"#,
            #"{"id":98,"qty":"several"}"#, #"{"id":99,"qty":"lots"}"#,
        ])
    }
}
