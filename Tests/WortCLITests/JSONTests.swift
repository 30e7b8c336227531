import Foundation
import Testing

/// Prints how many values a JSON document (array) or JSON Lines file holds; fails on invalid JSON.
let countJSONScript = #"""
import json, sys
path, kind = sys.argv[1:3]
with open(path, encoding='utf-8') as f:
    if kind == 'json':
        doc = json.load(f)
        assert isinstance(doc, list), 'not a JSON array'
        print(len(doc))
    else:
        rows = [json.loads(line) for line in f if line.strip()]
        assert all(isinstance(r, dict) for r in rows), 'a line is not an object'
        print(len(rows))
"""#

func jsonCount(_ path: String, _ kind: String) async throws -> Int? {
    let py = try await python(countJSONScript, [path, kind])
    #expect(py.ok, "python could not read \(path) as \(kind): \(py.stderr)")
    return Int(py.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
}

@Suite struct JSONTests {
    @Test func pageRequestsRoundTripKeepsRowCount() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let input = repoPath("samples/page_requests.jsonl")
        let original = try await jsonCount(input, "jsonl")
        #expect(original == 1500)
        let toCSV = try await wort("convert", input, dir.url("pr.csv"))
        #expect(toCSV.ok, "\(toCSV)")
        let back = try await wort("convert", dir.url("pr.csv"), dir.url("pr.jsonl"))
        #expect(back.ok, "\(back)")
        #expect(try await jsonCount(dir.url("pr.jsonl"), "jsonl") == original)
        // The first request survives both steps with its values.
        let first = dir.text("pr.jsonl")?.split(separator: "\n").first.map(String.init) ?? ""
        #expect(first.contains("\"request_id\":\"ea192a53-0e93-461a-8609-5947d85bd68f\""), "\(first)")
        #expect(first.contains("\"user_id\":100185"), "\(first)")
        #expect(first.contains("\"geo.city\":\"Paris\""), "\(first)")
    }

    @Test func csvToJSONArrayIsValidJSON() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let r = try await wort("convert", repoPath("samples/students.csv"), dir.url("s.json"))
        #expect(r.ok, "\(r)")
        #expect(try await jsonCount(dir.url("s.json"), "json") == 502)
        // Awkward values too: quotes, backslashes, control characters, newlines, Hangul.
        let input = dir.file("odd.csv", "a,b\n\"q\"\"uote\",\"back\\slash\"\n\"line\nbreak\",\"tab\there\"\n서연,\u{1}\n")
        let o = try await wort("convert", input, dir.url("odd.json"))
        #expect(o.ok, "\(o)")
        #expect(try await jsonCount(dir.url("odd.json"), "json") == 3)
        let check = try await python(#"""
import json, sys
rows = json.load(open(sys.argv[1], encoding='utf-8'))
assert rows[0] == {'a': 'q"uote', 'b': 'back\\slash'}, rows[0]
assert rows[1] == {'a': 'line\nbreak', 'b': 'tab\there'}, rows[1]
assert rows[2] == {'a': '서연', 'b': '\x01'}, rows[2]
"""#, [dir.url("odd.json")])
        #expect(check.ok, "\(check.stderr)")
    }

    @Test func nestedObjectsBecomeDottedColumns() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let input = dir.file("n.jsonl", """
            {"id":1,"geo":{"country":"KR","city":"Seoul","pos":{"lat":37.5,"lon":127.0}}}
            {"id":2,"geo":{"country":"BR","city":"São Paulo","pos":{"lat":-23.5,"lon":-46.6}}}

            """)
        let s = try await wort("schema", "--json", input)
        #expect(s.ok, "\(s)")
        let names = try await python(#"""
import json, sys
d = json.loads(sys.stdin.read())
print(d['rows']); print(' '.join(c['name'] + ':' + c['type'] for c in d['columns']))
"""#, [], stdin: s.stdoutData)
        #expect(names.ok, "\(names.stderr)")
        let lines = names.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "2")
        #expect(lines.dropFirst().first == "id:int64 geo.country:string geo.city:string geo.pos.lat:double geo.pos.lon:double")
        // The text table names them the same way, and so does the sample.
        let table = try await wort("schema", repoPath("samples/page_requests.jsonl"))
        #expect(table.ok, "\(table)")
        #expect(table.stdout.contains("1,500 rows"), "\(table.stdout)")
        #expect(table.stdout.contains("geo.country"))
        #expect(table.stdout.contains("geo.city"))
        // And a CSV made from it has those columns in its header.
        let c = try await wort("convert", input, dir.url("n.csv"))
        #expect(c.ok, "\(c)")
        #expect(dir.text("n.csv") == "id,geo.country,geo.city,geo.pos.lat,geo.pos.lon\n1,KR,Seoul,37.5,127.0\n2,BR,São Paulo,-23.5,-46.6\n")
    }
}
