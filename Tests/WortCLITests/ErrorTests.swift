import Foundation
import Testing

/// A failure the user can act on: the given exit status (never a signal), nothing on
/// stdout, and stderr starting "wort: " and containing every one of `parts`.
func expectCleanFailure(_ r: RunResult, status: Int32, _ parts: [String],
                        sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(!r.signaled, "wort died by a signal: \(r)", sourceLocation: sourceLocation)
    #expect(r.status == status, "expected exit \(status): \(r)", sourceLocation: sourceLocation)
    #expect(r.stderr.hasPrefix("wort: "), "stderr does not start with 'wort: ': \(r.stderr)", sourceLocation: sourceLocation)
    for p in parts {
        #expect(r.stderr.contains(p), "stderr lacks '\(p)': \(r.stderr)", sourceLocation: sourceLocation)
    }
    #expect(!r.stderr.contains("Fatal error"), "\(r.stderr)", sourceLocation: sourceLocation)
}

@Suite struct ErrorTests {
    @Test func raggedRows() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let input = dir.file("rag.csv", "a,b\n1,2\n3\n4,5\n6,7,8\n9\n")
        let r = try await wort("convert", input, dir.url("out.jsonl"))
        expectCleanFailure(r, status: 1, ["\(input):3: ", "row has 1 field, expected 2", "2 more rows", "hint: ", "--on-bad-rows"])
        #expect(!dir.exists("out.jsonl"))

        let skip = try await wort("convert", input, dir.url("skip.csv"), "--on-bad-rows", "skip")
        #expect(skip.ok, "\(skip)")
        #expect(dir.text("skip.csv") == "a,b\n1,2\n4,5\n")

        let s = try await wort("schema", "--json", input, "--on-bad-rows", "skip")
        #expect(s.ok && s.stdout.contains(#""rows":2,"#), "\(s)")
    }

    @Test func padFillsShortRows() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let input = dir.file("short.csv", "a,b,c\n1,2,3\n4\n5,6\n")
        let r = try await wort("convert", input, dir.url("out.csv"), "--on-bad-rows", "pad")
        #expect(r.ok, "\(r)")
        #expect(dir.text("out.csv") == "a,b,c\n1,2,3\n4,,\n5,6,\n")
        let j = try await wort("convert", input, dir.url("out.jsonl"), "--on-bad-rows", "pad")
        #expect(j.ok, "\(j)")
        #expect(dir.text("out.jsonl") == "{\"a\":1,\"b\":2,\"c\":3}\n{\"a\":4,\"b\":null,\"c\":null}\n{\"a\":5,\"b\":6,\"c\":null}\n")
        // Too many fields cannot be padded: still an error, with the line.
        let long = dir.file("long.csv", "a,b\n1,2\n3,4,5\n")
        let l = try await wort("convert", long, dir.url("l.csv"), "--on-bad-rows", "pad")
        expectCleanFailure(l, status: 1, ["\(long):3: ", "3 fields, expected 2"])
    }

    @Test func unterminatedQuote() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let input = dir.file("q.csv", "a,b\n1,2\n3,\"never closed\n4,5\n")
        for cmd in [["convert", input, dir.url("o.csv")], ["schema", input], ["head", input]] {
            let r = try await wort(cmd)
            expectCleanFailure(r, status: 1, ["\(input):3: ", "never closes"])
        }
    }

    /// Invalid UTF-8 after the 4 MB the encoding is detected from: the line is reported.
    @Test func invalidUTF8LateInFile() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        var bytes = Array("id,name,text\n".utf8)
        let filler = String(repeating: "서연 Kim 안녕하세요 ", count: 200)  // about 4.4 KB a line
        let rows = 1100
        for i in 0..<rows { bytes += Array("\(i),서연,\(filler)\n".utf8) }
        #expect(bytes.count > 4_800_000)
        bytes += Array("\(rows),caf".utf8) + [0xE9] + Array(",x\n".utf8)  // Windows-1252 é
        bytes += Array("\(rows + 1),ok,ok\n".utf8)
        let input = dir.file("late.csv", bytes)
        let badLine = rows + 2  // header is line 1
        let r = try await wort("convert", input, dir.url("o.csv"))
        expectCleanFailure(r, status: 1, ["\(input):\(badLine): ", "invalid UTF-8", "0xE9"])
        #expect(!dir.exists("o.csv"))
        #expect(dir.temporaryOutputs().isEmpty)
    }

    @Test func malformedJSON() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let input = dir.file("bad.jsonl", "{\"a\":1}\n{\"a\":2,}\n")
        let r = try await wort("convert", input, dir.url("o.csv"))
        expectCleanFailure(r, status: 1, ["\(input):2:7: "])
        let arr = dir.file("bad.json", "[\n  {\"a\": 1},\n  {\"a\": tru}\n]\n")
        let a = try await wort("schema", arr)
        expectCleanFailure(a, status: 1, ["\(arr):3:"])
    }

    @Test func missingFileDirectoryAndEmptyFile() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let missing = dir.url("nope.csv")
        expectCleanFailure(try await wort("convert", missing, dir.url("o.csv")), status: 1, ["\(missing): ", "No such file"])
        expectCleanFailure(try await wort("head", missing), status: 1, ["\(missing): "])
        expectCleanFailure(try await wort("schema", dir.url("nope.jsonl")), status: 1, ["nope.jsonl: "])

        try FileManager.default.createDirectory(atPath: dir.url("d.csv"), withIntermediateDirectories: false)
        expectCleanFailure(try await wort("convert", dir.url("d.csv"), dir.url("o.csv")), status: 1, ["d.csv: ", "directory"])
        try FileManager.default.createDirectory(atPath: dir.url("d.jsonl"), withIntermediateDirectories: false)
        expectCleanFailure(try await wort("schema", dir.url("d.jsonl")), status: 1, ["d.jsonl: ", "directory"])
        // A directory as the output.
        let ok = dir.file("ok.csv", "a\n1\n")
        expectCleanFailure(try await wort("convert", ok, dir.url("d.csv")), status: 1, ["d.csv: ", "directory"])

        let empty = dir.file("empty.csv", "")
        expectCleanFailure(try await wort("convert", empty, dir.url("o.csv")), status: 1, ["\(empty): ", "empty"])
        expectCleanFailure(try await wort("head", empty), status: 1, ["\(empty): ", "empty"])
        let emptyJSON = dir.file("empty.jsonl", "")
        let ej = try await wort("schema", emptyJSON)
        #expect(!ej.signaled && (ej.status == 0 || ej.status == 1), "\(ej)")
        #expect(!dir.exists("o.csv"))
    }

    @Test func usageErrors() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let input = dir.file("in.csv", "a,b\n1,2\n")
        expectCleanFailure(try await wort("convert", input, dir.url("out.xyz")), status: 2, ["out.xyz", "hint: "])
        // An input with an unknown extension is sniffed by content, not refused.
        let sniffed = try await wort("convert", dir.file("in.dat", "a;b\n1;2\n"), dir.url("sniffed.jsonl"))
        #expect(sniffed.status == 0, "\(sniffed)")
        #expect(dir.read("sniffed.jsonl").map { String(decoding: $0, as: UTF8.self) } == "{\"a\":1,\"b\":2}\n")
        expectCleanFailure(try await wort("convert", input, dir.url("o.csv"), "--bogus"), status: 2, ["--bogus"])
        expectCleanFailure(try await wort("head", input, "--delimiter", "abc"), status: 2, ["--delimiter", "abc"])
        expectCleanFailure(try await wort("convert", input, dir.url("o.csv"), "--on-bad-rows", "maybe"), status: 2, ["--on-bad-rows", "maybe"])
        expectCleanFailure(try await wort("convert", input, dir.url("o.csv"), "--to", "xlsx"), status: 2, ["xlsx"])
        expectCleanFailure(try await wort("convert", input, dir.url("o.csv"), "--encoding", "klingon"), status: 2, ["klingon"])
        expectCleanFailure(try await wort("head", input, "-n", "-1"), status: 2, ["-n"])
        expectCleanFailure(try await wort("head", input, "--sheet", "2"), status: 2, ["--sheet", "xlsx"])
        expectCleanFailure(try await wort("schema", input, "--sheet", "2"), status: 2, ["--sheet", "xlsx"])
        expectCleanFailure(try await wort("convert", input, dir.url("o.csv"), "--compression", "zstd"), status: 2, ["--compression", "Parquet"])
        expectCleanFailure(try await wort("convert", input), status: 2, ["output"])
        expectCleanFailure(try await wort("frobnicate"), status: 2, ["frobnicate"])
        #expect(dir.listing() == ["in.csv", "in.dat", "sniffed.jsonl"])
    }
}
