import Foundation
import Testing

@Suite struct ScanCommandTests {
    func json(_ s: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(s.utf8)) as? [String: Any])
    }

    @Test func flagsThePIIColumnsOfTheSample() async throws {
        let path = repoPath("samples/students.csv")
        let r = try await wort("scan", path, "--json")
        #expect(r.ok, "\(r)")
        let root = try json(r.stdout)
        let columns = try #require(root["columns"] as? [[String: Any]])
        var entity: [String: String] = [:]
        for c in columns { entity[c["name"] as! String] = c["entity"] as? String }
        #expect(entity["email"] == "EMAIL")
        #expect(entity["phone"] == "PHONE_NUMBER")
        #expect(entity["ssn"] == "USA_SSN")
        #expect(entity["first_name"] == "PERSON_NAME")
        #expect(entity["date_of_birth"] == "DATE")
        #expect(entity["street_address"] == "ADDRESS")
        for plain in ["student_id", "gpa", "enrolled_on", "is_active", "notes", "city", "zip"] {
            #expect(entity[plain] == nil, "\(plain)")
        }
        // No raw value of a flagged column is printed: take the sample's own values.
        let py = try await python(#"""
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding='utf-8')))
for r in rows[:50]:
    for k in ('email', 'ssn', 'phone'):
        v = r[k].strip()
        if len(v) >= 8: print(v)
"""#, [path])
        #expect(py.ok, "\(py.stderr)")
        let raw = py.stdout.split(separator: "\n").map(String.init)
        #expect(raw.count > 50)
        let table = try await wort("scan", path)
        #expect(table.ok)
        for v in raw {
            #expect(!r.stdout.contains(v), "\(v) printed")
            #expect(!table.stdout.contains(v), "\(v) printed")
        }
    }

    @Test func textFindingsCarryCodePointOffsets() async throws {
        let text = "연락처 😀 010-1234-5678, mail hong@example.com"
        let r = try await wort("scan", "--text", text, "--json")
        #expect(r.ok, "\(r)")
        let findings = try #require(try json(r.stdout)["findings"] as? [[String: Any]])
        let scalars = Array(text.unicodeScalars)
        var spans: [String: String] = [:]
        for f in findings {
            let s = f["start"] as! Int, e = f["end"] as! Int
            var t = ""
            t.unicodeScalars.append(contentsOf: scalars[s..<e])
            spans[f["entity"] as! String] = t
            #expect(!(f["masked"] as! String).contains("1234"))
        }
        #expect(spans["PHONE_NUMBER"] == "010-1234-5678")
        #expect(spans["EMAIL"] == "hong@example.com")
    }

    @Test func usageAndDataErrors() async throws {
        let bad = try await wort("scan", repoPath("samples/students.csv"), "--entities", "EMAIL,EMIAL")
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("EMIAL") && bad.stderr.contains("USA_ALL"))
        let threshold = try await wort("scan", repoPath("samples/students.csv"), "--threshold", "1.5")
        #expect(threshold.status == 2)
        let nothing = try await wort("scan")
        #expect(nothing.status == 2)
        let missing = try await wort("scan", "/nonexistent/dir/file.csv")
        #expect(missing.status == 1, "\(missing)")
    }
}
