import Foundation
import Testing
import WortCore
import WortIO
import WortTestSupport
@testable import WortRecipe

/// The benchmark's recipe (join + rename + SHA-256 + SSN mask, recipes/bench-join-mask.json)
/// gives the same rows and values as DuckDB running the same SQL on the same generated
/// files: an independent engine as the oracle. Needs $WORT_PYTHON with duckdb; fails without.
struct JoinMaskDuckDBTests {
    @Test func benchRecipeEqualsDuckDB() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wort-joinmask-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let (students, enrollments) = Self.generate(seed: 7)
        let sPath = dir.appendingPathComponent("students.csv").path
        let ePath = dir.appendingPathComponent("enrollments.csv").path
        try students.write(toFile: sPath, atomically: true, encoding: .utf8)
        try enrollments.write(toFile: ePath, atomically: true, encoding: .utf8)

        let recipeFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../recipes/bench-join-mask.json").standardized
        let recipe = try RecipeReader.read(bytes: Array(try Data(contentsOf: recipeFile)), file: recipeFile.path)
        let env = RecipeEnvironment(datasets: DatasetResolver(mapping: ["enrollments": ePath]))
        let reader = try TableFiles.openReader(sPath, format: .csv, options: ReadOptions())
        let (plan, problems) = RecipePlanner.plan(recipe, input: reader.schema, environment: env)
        #expect(problems.filter { !$0.isWarning }.isEmpty, "\(problems)")
        guard let plan else { return }
        let sink = ByteSink()
        let writer = CSVWriter(format: CSVWriter.Format(delimiter: 0x2C, header: false)) { sink.bytes += $0 }
        _ = try RecipeRunner.run(plan, reader: reader, writer: writer)
        let wortRows = String(decoding: sink.bytes, as: UTF8.self).split(separator: "\n").map(String.init).sorted()

        let script = """
            import duckdb, sys
            s, e = sys.argv[1], sys.argv[2]
            rows = duckdb.sql(f\"\"\"
              SELECT s.student_id, s.first_name, s.last_name, sha256(s.email), s.phone,
                     CASE WHEN s.ssn IS NULL THEN NULL
                          ELSE repeat('#', greatest(length(s.ssn) - 4, 0)) || right(s.ssn, 4) END,
                     s.date_of_birth, s.gpa, e.enrollment_id, e.course_id, e.term, e.grade, e.credits
              FROM read_csv('{s}', all_varchar=true) s JOIN read_csv('{e}', all_varchar=true) e
                ON CAST(s.student_id AS BIGINT) = CAST(e.student_id AS BIGINT)\"\"\").fetchall()
            for r in rows:
                print(','.join('' if v is None else str(v) for v in r))
            """
        guard let out = PythonRunner.run(script, [sPath, ePath]) else { return }
        let duckRows = out.split(separator: "\n").map(String.init).sorted()
        #expect(duckRows.count > 100)
        #expect(wortRows.count == duckRows.count)
        #expect(wortRows == duckRows)
    }

    /// Students with emails (some missing), SSNs (some missing, some short), and
    /// enrollments with repeated, orphan and missing student ids. Values avoid commas and
    /// quotes so both sides print them alike.
    static func generate(seed: UInt64) -> (String, String) {
        var g = SeededGenerator(seed: seed)
        let names = ["Ann", "Bo", "Chloé", "민준", "Dana", "Eli"]
        var s = "student_id,first_name,last_name,email,phone,ssn,date_of_birth,gpa\n"
        for id in 1...200 {
            let first = names[Int(g.next() % UInt64(names.count))]
            let email = g.next() % 10 == 0 ? "" : "\(first.lowercased())\(id)@example.edu"
            let ssnDigits = String(format: "%03d-%02d-%04d", 100 + Int(g.next() % 800), Int(g.next() % 99) + 1, Int(g.next() % 9999) + 1)
            let ssn = g.next() % 12 == 0 ? "" : (g.next() % 15 == 0 ? "12" : ssnDigits)
            let dob = String(format: "%04d-%02d-%02d", 1990 + Int(g.next() % 15), 1 + Int(g.next() % 12), 1 + Int(g.next() % 28))
            let gpa = "\(g.next() % 4).\(g.next() % 10)5"  // no trailing zero: both sides print it alike
            s += "\(id),\(first),Kim,\(email),555-01\(id % 100),\(ssn),\(dob),\(gpa)\n"
        }
        var e = "enrollment_id,student_id,course_id,term,grade,credits\n"
        let grades = ["A", "B+", "C", ""]
        for k in 1...600 {
            let sid = g.next() % 20 == 0 ? "" : "\(1 + Int(g.next() % 230))"  // some orphans beyond 200
            e += "\(k),\(sid),CS\(100 + Int(g.next() % 20)),Fall 202\(Int(g.next() % 4)),\(grades[Int(g.next() % 4)]),\(1 + Int(g.next() % 4))\n"
        }
        return (s, e)
    }
}
