import Foundation
import Testing

/// `wort run`, `wort recipe check|fmt|publish` and job files, end to end on the samples.
@Suite struct RunCommandTests {
    @Test func sampleRecipeJoinsAndRenames() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let r = try await wort("run", repoPath("recipes/combine-sis.json"), "--input", repoPath("samples/students.csv"),
                               "-o", dir.url("sis.csv"))
        #expect(r.ok, "\(r)")
        let lines = try #require(dir.text("sis.csv")).split(separator: "\n")
        #expect(lines.first?.hasPrefix("student_id,given_name,family_name,email,") == true)
        // Every enrollment whose student exists: count them independently with Python.
        let py = try await python(#"""
import csv, sys
from collections import Counter
ids = Counter(r['student_id'] for r in csv.DictReader(open(sys.argv[1], encoding='utf-8')))  # duplicate students join twice
print(sum(ids[r['student_id']] for r in csv.DictReader(open(sys.argv[2], encoding='utf-8')) if r['student_id']))
"""#, [repoPath("samples/students.csv"), repoPath("samples/enrollments.csv")])
        #expect(py.ok, "\(py)")
        let csvRows = try await python("import csv,sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], encoding='utf-8'))) - 1)", [dir.url("sis.csv")])
        #expect(csvRows.stdout == py.stdout)
        #expect(r.stderr.contains("JOIN"), "the per-step summary goes to stderr")
    }

    @Test func badRecipeListsEveryProblemAndWritesNothing() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let recipe = dir.file("bad.json", #"""
[{"Action":{"Operation":"RENAME","Parameters":{"sourceColumn":"emial","targetColumn":"mail"}}},
 {"Action":{"Operation":"CRYPTOGRAPHIC_HASH","Parameters":{"sourceColumns":"[\"email\"]","secretId":"k"}}},
 {"Action":{"Operation":"UPPERCASE","Parameters":{"sourceColumn":"city"}}}]
"""#)
        let r = try await wort("run", recipe, "--input", repoPath("samples/students.csv"), "-o", dir.url("out.csv"))
        #expect(r.status == 1, "\(r)")
        #expect(r.stderr.contains("step 1 (RENAME): sourceColumn: column 'emial' not found; did you mean 'email'?"), "\(r.stderr)")
        #expect(r.stderr.contains("step 2 (CRYPTOGRAPHIC_HASH)") && r.stderr.contains("WORT_SECRET_K"), "\(r.stderr)")
        #expect(r.stderr.contains("step 3 (UPPERCASE): unknown operation; did you mean 'UPPER_CASE'?"), "\(r.stderr)")
        #expect(!dir.exists("out.csv"))
        #expect(dir.temporaryOutputs().isEmpty)
    }

    @Test func existingOutputNeedsOverwrite() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        dir.file("out.csv", "keep me\n")
        let args = ["run", repoPath("recipes/combine-sis.json"), "--input", repoPath("samples/students.csv"), "-o", dir.url("out.csv")]
        let r = try await wort(args)
        #expect(r.status == 2, "\(r)")
        #expect(dir.text("out.csv") == "keep me\n")
        let again = try await wort(args + ["--overwrite", "--quiet"])
        #expect(again.ok, "\(again)")
        #expect(dir.text("out.csv")?.hasPrefix("student_id,") == true)
    }

    @Test func jobFileWithVersionAndPartitionsIsReadByPyarrow() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        try FileManager.default.createDirectory(atPath: dir.url("recipes"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: repoPath("recipes/combine-sis.json"), toPath: dir.url("recipes/combine-sis.json"))
        dir.file("datasets.json", #"{"students": "\#(repoPath("samples/students.csv"))", "enrollments": "\#(repoPath("samples/enrollments.csv"))"}"#)
        let pub = try await wort("recipe", "publish", dir.url("recipes/combine-sis.json"))
        #expect(pub.ok && pub.stdout.contains("version 1.0"), "\(pub)")
        dir.file("job.json", #"""
{"Name": "sis", "DatasetName": "students", "RecipeReference": {"Name": "combine-sis", "RecipeVersion": "LATEST_PUBLISHED"},
 "Outputs": [{"Format": "PARQUET", "CompressionFormat": "ZSTD", "PartitionColumns": ["grade"], "Location": {"Bucket": "b", "Key": "out/by_grade"}}]}
"""#)
        let r = try await wort("run", "--job", dir.url("job.json"))
        #expect(r.ok, "\(r)")
        let py = try await python(#"""
import sys, pyarrow.dataset as ds, csv
t = ds.dataset(sys.argv[1], format='parquet', partitioning='hive').to_table()
print(t.num_rows, 'grade' in t.schema.names, 'given_name' in t.schema.names)
"""#, [dir.url("out/by_grade")])
        #expect(py.ok, "\(py)")
        let csvRun = try await wort("run", repoPath("recipes/combine-sis.json"), "--input", repoPath("samples/students.csv"), "-o", dir.url("all.csv"), "--quiet")
        let total = (dir.text("all.csv")?.split(separator: "\n").count ?? 0) - 1
        #expect(csvRun.ok)
        #expect(py.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "\(total) True True")
        let missing = try await wort("run", "--job", dir.url("job.json").replacingOccurrences(of: "job.json", with: "nope.json"))
        #expect(missing.status == 1)
    }

    @Test func checkPrintsSchemaAfterEachStepAndFmtIsCanonical() async throws {
        let r = try await wort("recipe", "check", repoPath("recipes/lms-page-views-by-hour.json"), "--input", repoPath("samples/page_requests.jsonl"))
        #expect(r.ok, "\(r)")
        #expect(r.stdout.contains("step 6 GROUP_BY: user_id int64, course_id string, year string, month string, day string, hour string, page_views int64"), "\(r.stdout)")
        let f = try await wort("recipe", "fmt", repoPath("recipes/lms-page-views-by-hour.json"), "-o", "-")
        #expect(f.ok)
        #expect(f.stdout == (try String(contentsOfFile: repoPath("recipes/lms-page-views-by-hour.json"), encoding: .utf8)))
    }
}
