import Foundation
import Testing

@Suite struct ProfileTests {
    @Test func writesEachReportFormatByExtension() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let path = repoPath("samples/students.csv")
        for name in ["p.json", "p.html", "p.md"] {
            let r = try await wort("profile", path, "-o", dir.url(name))
            #expect(r.ok, "\(r)")
            #expect(dir.exists(name))
        }
        #expect(dir.temporaryOutputs().isEmpty)
        let json = try #require(dir.read("p.json"))
        let obj = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        #expect(obj["sampleSize"] as? Int == 502)
        #expect(obj["duplicateRowsCount"] as? Int == 2)  // samples/README.md: 2 duplicates
        let cols = try #require(obj["columns"] as? [[String: Any]])
        #expect(cols.count == 15)
        #expect(cols.first { $0["name"] as? String == "gpa" }?["type"] as? String == "double")
        #expect(dir.text("p.html")?.hasPrefix("<!DOCTYPE html>") == true)
        #expect(dir.text("p.md")?.hasPrefix("## Profile of") == true)
    }

    @Test func textSummaryOnTheTerminal() async throws {
        let r = try await wort("profile", repoPath("samples/students.csv"), "--columns", "gpa,state")
        #expect(r.ok, "\(r)")
        #expect(r.stdout.contains("502 rows"))
        #expect(r.stdout.contains("gpa") && r.stdout.contains("state") && !r.stdout.contains("notes"))
    }

    @Test func usageErrors() async throws {
        let path = repoPath("samples/students.csv")
        for args in [["profile", path, "-o", "x.weird"], ["profile", path, "--seed", "3"],
                     ["profile", path, "--columns", "nope"], ["profile", path, "--format", "pdf"]] {
            let r = try await wort(args)
            #expect(r.status == 2, "\(args): \(r)")
        }
    }
}
