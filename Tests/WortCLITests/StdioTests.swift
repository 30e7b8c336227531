import Foundation
import Testing

@Suite struct StdioTests {
    static let csv = "id,name,score\n1,서연,3.5\n2,\"Kim, J.\",\n3,Zoë,4\n"
    static let jsonl = """
        {"id":1,"name":"서연","score":3.5}
        {"id":2,"name":"Kim, J.","score":null}
        {"id":3,"name":"Zoë","score":4.0}

        """

    @Test func stdinToFile() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let r = try await wort("convert", "-", dir.url("out.jsonl"), stdin: Data(Self.csv.utf8))
        #expect(r.ok, "\(r)")
        #expect(dir.text("out.jsonl") == Self.jsonl)
        // Stdin may also be JSON Lines, told by --from.
        let back = try await wort("convert", "-", dir.url("back.csv"), "--from", "jsonl", stdin: Data(Self.jsonl.utf8))
        #expect(back.ok, "\(back)")
        #expect(dir.text("back.csv") == "id,name,score\n1,서연,3.5\n2,\"Kim, J.\",\n3,Zoë,4.0\n")
    }

    @Test func fileToStdout() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let input = dir.file("in.csv", Self.csv)
        let r = try await wort("convert", input, "-", "--to", "jsonl")
        #expect(r.ok, "\(r)")
        #expect(r.stdout == Self.jsonl)
        // Without --to, stdout is CSV.
        let c = try await wort("convert", input, "-")
        #expect(c.ok, "\(c)")
        #expect(c.stdout == Self.csv)
        #expect(dir.listing() == ["in.csv"], "convert to stdout left files: \(dir.listing())")
    }

    @Test func stdinToStdout() async throws {
        let r = try await wort("convert", "-", "-", "--to", "json", stdin: Data(Self.csv.utf8))
        #expect(r.ok, "\(r)")
        let py = try await python("import json,sys; d=json.load(sys.stdin); print(len(d), d[0]['name'])", [], stdin: r.stdoutData)
        #expect(py.ok && py.stdout == "3 서연\n", "\(py)\n\(r.stdout)")
    }

    @Test func headReadsStdin() async throws {
        let r = try await wort("head", "-", "-n", "2", stdin: Data(Self.csv.utf8))
        #expect(r.ok, "\(r)")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 4, "\(r.stdout)")
        #expect(lines.first?.split(separator: " ").map(String.init) == ["id", "name", "score"])
        #expect(lines.last?.contains("Kim, J.") == true)
    }

    /// stderr is a file here, not a terminal: a successful run prints nothing there.
    @Test func noProgressWhenStderrIsNotATerminal() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        // A few MB so that a progress bar would have drawn (it draws every 0.1 s).
        var text = "id,name,when\n"
        for i in 0..<60_000 { text += "\(i),name \(i),2024-01-\(i % 28 + 1)\n" }
        let input = dir.file("in.csv", text)
        for args in [["convert", input, dir.url("o.jsonl")], ["convert", input, dir.url("o.csv")],
                     ["schema", input], ["head", input]] {
            // With a TERM that could draw: only isatty(2) may decide.
            let run = try startWort(args, environment: ["TERM": "xterm-256color"])
            let r = await run.wait(timeout: 30)
            #expect(r.ok, "\(r)")
            #expect(r.stderrData.isEmpty, "wort \(args[0]) wrote to stderr: \(r.stderr.debugDescription)")
        }
        #expect((dir.text("o.csv") ?? "") == text)
    }
}

/// A pipe named by a path (/dev/stdin of a shell pipeline; <(...) and FIFOs alike) can be
/// read only once: readers that need two passes or random access copy it first, and
/// nothing peeks at it to guess its format.
@Suite struct PipeByPathTests {
    /// Runs `cat FILE | wort ARGS` through the shell, so that /dev/stdin really is a pipe.
    func piped(_ file: String, _ arguments: [String]) async throws -> RunResult {
        guard FileManager.default.isExecutableFile(atPath: wortBinary) else { throw MissingBinary(path: wortBinary) }
        let quoted = ([wortBinary] + arguments).map { "'" + $0 + "'" }.joined(separator: " ")
        let r = try Running(executable: "/bin/sh", arguments: ["-c", "cat '\(file)' | \(quoted)"],
                            stdin: nil, directory: nil, environment: ["TERM": "dumb"])
        return await r.wait(timeout: 30)
    }

    @Test func typedCSVJSONAndParquetThroughAPipe() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let r = try await piped(repoPath("samples/students.csv"), ["convert", "/dev/stdin", dir.url("s.jsonl")])
        #expect(r.ok, "\(r)")
        #expect(dir.text("s.jsonl")?.split(separator: "\n").count == 502)

        let j = try await piped(repoPath("samples/page_requests.jsonl"), ["schema", "/dev/stdin", "--from", "jsonl"])
        #expect(j.ok && j.stdout.hasPrefix("/dev/stdin: 1,500 rows"), "\(j)")

        #expect(try await wort("convert", repoPath("samples/students.csv"), dir.url("s.parquet")).ok)
        let p = try await piped(dir.url("s.parquet"), ["schema", "/dev/stdin", "--from", "parquet"])
        #expect(p.ok && p.stdout.hasPrefix("/dev/stdin: 502 rows"), "\(p)")

        let bad = dir.file("bad.csv", "a,b\n1\n")
        let b = try await piped(bad, ["convert", "/dev/stdin", dir.url("x.jsonl")])
        #expect(b.status == 1 && b.stderr.contains("/dev/stdin:2:"), "\(b)")
        #expect(!dir.exists("x.jsonl"))
    }
}
