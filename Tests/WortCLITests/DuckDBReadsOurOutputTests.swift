import Foundation
import Testing

/// An independent reader: DuckDB (from PyPI, installed by scripts/test into a virtualenv)
/// reads what `wort convert` writes and must find the same rows, columns and values.
@Suite struct DuckDBReadsOurOutputTests {
    /// Fails loudly when DuckDB is missing: this check must never pass by being skipped.
    func requireDuckDB() async throws -> Bool {
        let r = try await python("import duckdb; print(duckdb.__version__)", [])
        if !r.ok {
            Issue.record("DuckDB is not importable (\(r.stderr.suffix(200))); run the tests with scripts/test, which installs it")
            return false
        }
        return true
    }

    @Test func duckdbReadsOurJSONLinesAndCSVWithTheSameValues() async throws {
        guard try await requireDuckDB() else { return }
        let dir = try TempDir()
        defer { dir.remove() }
        let src = repoPath("samples/students.csv")
        let jsonl = dir.url("s.jsonl"), csv = dir.url("s.csv")
        #expect(try await wort("convert", src, jsonl).ok)
        #expect(try await wort("convert", src, csv, "--infer-types").ok)
        let schema = try await wort("schema", src, "--json")
        #expect(schema.ok)
        let ours = try JSONSerialization.jsonObject(with: schema.stdoutData) as? [String: Any]
        let rows = ours?["rows"] as? Int ?? -1
        let cols = (ours?["columns"] as? [[String: Any]]) ?? []
        let gpaNulls = cols.first { $0["name"] as? String == "gpa" }?["nulls"] as? Int ?? -1

        // Row count, column names, the sum of an integer column, the non-null count and
        // sum of a double column, the true count of a boolean and the latest date.
        let script = """
            import duckdb, sys, json
            out = {}
            for kind, path in (("jsonl", sys.argv[1]), ("csv", sys.argv[2])):
                reader = "read_json_auto" if kind == "jsonl" else "read_csv_auto"
                rel = duckdb.sql(f"SELECT * FROM {reader}('{path}')")
                r = duckdb.sql(f\"\"\"SELECT count(*), sum(student_id), count(gpa), round(sum(gpa), 2),
                    count(*) FILTER (WHERE is_active), max(CAST(enrolled_on AS DATE))::VARCHAR
                    FROM {reader}('{path}')\"\"\").fetchall()[0]
                out[kind] = {"columns": rel.columns, "row": [str(v) for v in r]}
            print(json.dumps(out))
            """
        let r = try await python(script, [jsonl, csv], timeout: 60)
        #expect(r.ok, "\(r)")
        guard r.ok, let result = try JSONSerialization.jsonObject(with: r.stdoutData) as? [String: [String: Any]] else { return }
        let fromJSON = result["jsonl"]?["row"] as? [String] ?? []
        let fromCSV = result["csv"]?["row"] as? [String] ?? []
        #expect(fromJSON == fromCSV, "DuckDB reads our JSON Lines and CSV differently")
        #expect(fromJSON.first == String(rows))
        #expect(fromJSON.count == 6 && fromJSON[2] == String(rows - gpaNulls))
        #expect((result["jsonl"]?["columns"] as? [String]) == cols.compactMap { $0["name"] as? String })

        // The same figures straight from the source file, with Python's csv module.
        let check = """
            import csv, sys
            rows = list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8')))
            ids = sum(int(r["student_id"]) for r in rows)
            gpas = [float(r["gpa"]) for r in rows if r["gpa"].strip() not in ("", "NULL", "null", "NA", "N/A")]
            active = sum(1 for r in rows if r["is_active"].strip().lower() in ("true", "yes"))
            print(len(rows), ids, len(gpas), round(sum(gpas), 2), active)
            """
        let c = try await python(check, [src])
        #expect(c.ok, "\(c)")
        let expected = c.stdout.split(separator: " ").map { String($0).trimmingCharacters(in: .whitespacesAndNewlines) }
        #expect(Array(fromJSON.prefix(5)) == expected)
    }
}
