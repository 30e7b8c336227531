import Foundation
import Testing

/// Parquet and .xlsx through the command line, checked by an independent reader.
@Suite struct ParquetAndExcelTests {
    @Test func csvToParquetAndBackKeepsTypedValues() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let src = repoPath("samples/students.csv")
        let pq = dir.url("s.parquet"), back = dir.url("back.csv"), typed = dir.url("typed.csv")
        for codec in ["snappy", "zstd", "gzip", "none"] {
            let r = try await wort("convert", src, pq, "--compression", codec)
            #expect(r.ok, "\(codec): \(r)")
        }
        // What comes back from Parquet equals the typed text of the source.
        #expect(try await wort("convert", pq, back).ok)
        #expect(try await wort("convert", src, typed, "--infer-types").ok)
        #expect(dir.text("back.csv") == dir.text("typed.csv"))
        // pyarrow agrees on rows, types and nulls.
        let check = """
            import pyarrow.parquet as pq, sys
            t = pq.read_table(sys.argv[1])
            print(t.num_rows, str(t.schema.field('student_id').type), str(t.schema.field('date_of_birth').type),
                  str(t.schema.field('is_active').type), t.column('gpa').null_count)
            """
        let py = try await python(check, [pq])
        #expect(py.ok, "\(py)")
        let schema = try await wort("schema", src, "--json")
        let obj = try JSONSerialization.jsonObject(with: schema.stdoutData) as? [String: Any]
        let gpaNulls = ((obj?["columns"] as? [[String: Any]]) ?? []).first { $0["name"] as? String == "gpa" }?["nulls"] as? Int
        #expect(py.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            == "\(obj?["rows"] as? Int ?? -1) int64 date32[day] bool \(gpaNulls ?? -1)")
    }

    @Test func columnsWithInvalidValuesStayTextInParquet() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        var csv = "n\n"
        for i in 0..<96 { csv += "\(i)\n" }
        csv += "many\nfew\nsome\nnone\n"
        let src = dir.file("n.csv", csv)
        #expect(try await wort("convert", src, dir.url("n.parquet")).ok)
        let py = try await python("import pyarrow.parquet as pq, sys; t = pq.read_table(sys.argv[1]); print(t.schema.field('n').type, t.column('n').to_pylist()[-4:])", [dir.url("n.parquet")])
        #expect(py.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "string ['many', 'few', 'some', 'none']", "\(py)")
    }

    @Test func excelSheetsByNameAndPosition() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let book = repoPath("samples/grades.xlsx")
        let first = try await wort("convert", book, dir.url("a.csv"), "--sheet", "1")
        let named = try await wort("convert", book, dir.url("b.csv"), "--sheet", "Fall 2023")
        #expect(first.ok && named.ok, "\(first) \(named)")
        #expect(dir.text("a.csv") == dir.text("b.csv"))
        // openpyxl reads the same number of rows and the same first data row.
        let check = """
            import openpyxl, sys, csv
            ws = openpyxl.load_workbook(sys.argv[1])['Fall 2023']
            rows = list(ws.iter_rows(values_only=True))
            ours = list(csv.reader(open(sys.argv[2], newline='')))
            assert len(rows) == len(ours), (len(rows), len(ours))
            assert [str(v) for v in rows[1][:3]] == ours[1][:3], (rows[1], ours[1])
            print("ok")
            """
        let py = try await python(check, [book, dir.url("a.csv")])
        #expect(py.stdout.contains("ok"), "\(py)")
        let missing = try await wort("head", book, "--sheet", "Winter")
        #expect(missing.status == 2 && missing.stderr.contains("Fall 2023"), "\(missing)")
    }
}
