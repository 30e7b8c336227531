import Foundation
import Testing

/// `wort recipe export` end to end: the programs run in the engines and give wort's output,
/// secrets stay out of them, and what cannot be exported is refused with its step.
@Suite struct RecipeExportTests {
    /// Compares two Parquet outputs (a file or a Spark folder) row for row with pyarrow.
    static let compare = #"""
import sys, pyarrow.parquet as pq
a, b = pq.read_table(sys.argv[1]), pq.read_table(sys.argv[2])
ra, rb = a.to_pylist(), b.to_pylist()
print(a.column_names == b.column_names, a.num_rows, b.num_rows, ra == rb)
"""#

    @Test func sampleRecipeRunsInDuckDBAsWortRunsIt() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let recipe = repoPath("recipes/combine-sis.json"), input = repoPath("samples/students.csv")
        let r = try await wort("recipe", "export", recipe, "--to", "duckdb-sql", "--input", input,
                               "--write", dir.url("duck.parquet"), "-o", dir.url("job.sql"))
        #expect(r.ok, "\(r)")
        let script = try #require(dir.text("job.sql"))
        #expect(script.contains("-- step 1: JOIN") && script.contains("COMPRESSION snappy"))
        let run = try await wort("run", recipe, "--input", input, "-o", dir.url("wort.parquet"), "--quiet")
        #expect(run.ok, "\(run)")
        let duck = try await python("import duckdb, sys; duckdb.connect().execute(open(sys.argv[1]).read())", [dir.url("job.sql")])
        #expect(duck.ok, "\(duck)")
        let same = try await python(Self.compare, [dir.url("wort.parquet"), dir.url("duck.parquet")])
        #expect(same.stdout.hasPrefix("True") && same.stdout.hasSuffix("True\n"), "\(same)")
    }

    @Test func hmacKeyIsReadWhenTheProgramRunsAndNeverWritten() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let key = "k3y-Wort-TOPSECRET-9f81"
        let keyFile = dir.file("email.key", key + "\n")
        let recipe = dir.file("hmac.json", #"""
[{"Action":{"Operation":"CRYPTOGRAPHIC_HASH","Parameters":{"sourceColumns":"[\"email\",\"ssn\"]","algorithm":"HMAC_SHA256","secretId":"email-key"}}}]
"""#)
        let input = repoPath("samples/students.csv")
        let keyHex = key.utf8.map { String(format: "%02x", $0) }.joined()
        for target in ["duckdb-sql", "spark-sql", "pyspark"] {
            let r = try await wort("recipe", "export", recipe, "--to", target, "--input", input, "--secret", "email-key=\(keyFile)",
                                   "--write", dir.url("out-\(target)"), "-o", dir.url("job-\(target)"))
            #expect(r.ok, "\(target): \(r)")
            let text = try #require(dir.text("job-\(target)"))
            #expect(!text.contains(key) && !text.lowercased().contains(keyHex), "\(target) holds the key")
        }
        // The DuckDB script hashes with the key it reads at run time: the same digests as wort.
        let run = try await wort("run", recipe, "--input", input, "--secret", "email-key=\(keyFile)", "-o", dir.url("wort.parquet"), "--quiet")
        #expect(run.ok, "\(run)")
        let duck = try await python("import duckdb, sys; duckdb.connect().execute(open(sys.argv[1]).read())", [dir.url("job-duckdb-sql")])
        #expect(duck.ok, "\(duck)")
        let same = try await python(Self.compare, [dir.url("wort.parquet"), dir.url("out-duckdb-sql")])
        #expect(same.stdout.hasSuffix("True\n"), "\(same)")
        // A secret from the environment: SQL scripts cannot read it, so they are refused; PySpark takes it at run time.
        let env = try await runWort(["recipe", "export", recipe, "--to", "duckdb-sql", "--input", input], env: ["WORT_SECRET_EMAIL_KEY": key])
        #expect(env.status == 1 && env.stderr.contains("--secret email-key=KEYFILE"), "\(env)")
        let py = try await runWort(["recipe", "export", recipe, "--to", "pyspark", "--input", input], env: ["WORT_SECRET_EMAIL_KEY": key])
        #expect(py.ok && py.stdout.contains("WORT_SECRET_EMAIL_KEY") && !py.stdout.contains(key), "\(py)")
    }

    @Test func stepThatCannotBeExportedIsNamedAndNothingIsWritten() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let recipe = dir.file("pii.json", #"""
[{"Action":{"Operation":"RENAME","Parameters":{"sourceColumn":"notes","targetColumn":"remarks"}}},
 {"Action":{"Operation":"MASK_CUSTOM","Parameters":{"sourceColumns":"[\"remarks\"]","customValue":"####","entityTypeFilter":"[\"EMAIL\"]"}}}]
"""#)
        let r = try await wort("recipe", "export", recipe, "--to", "pyspark", "--input", repoPath("samples/students.csv"), "-o", dir.url("job.py"))
        #expect(r.status == 1, "\(r)")
        #expect(r.stderr.contains("step 2 MASK_CUSTOM, parameter entityTypeFilter: cannot export"), "\(r.stderr)")
        #expect(!dir.exists("job.py") && dir.temporaryOutputs().isEmpty)
    }

    @Test func badTargetAndNonUTF8InputAreClearErrors() async throws {
        let bad = try await wort("recipe", "export", repoPath("recipes/combine-sis.json"), "--to", "trino", "--input", repoPath("samples/students.csv"))
        #expect(bad.status == 2 && bad.stderr.contains("duckdb-sql, spark-sql, pyspark"), "\(bad)")
        let cp949 = try await wort("recipe", "export", repoPath("recipes/combine-sis.json"), "--to", "duckdb-sql", "--input", repoPath("samples/students_cp949.csv"))
        #expect(cp949.status == 1 && cp949.stderr.contains("wort convert"), "\(cp949)")
    }

    private func runWort(_ args: [String], env: [String: String]) async throws -> RunResult {
        let r = try startWort(args, environment: ["TERM": "dumb"].merging(env) { $1 })
        return await r.wait(timeout: 30)
    }
}
