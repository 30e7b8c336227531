import Foundation
import Testing

@Suite struct AtomicOutputTests {
    @Test func failedConvertLeavesNoFile() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        // Enough good rows before the bad one that output has been written when it fails.
        var text = "a,b\n"
        for i in 0..<20_000 { text += "\(i),value \(i)\n" }
        text += "oops\n"
        let input = dir.file("rag.csv", text)
        for out in ["out.csv", "out.jsonl", "out.json"] {
            let r = try await wort("convert", input, dir.url(out))
            expectCleanFailure(r, status: 1, ["\(input):20002: "])
            #expect(!dir.exists(out), "\(out) exists after a failed convert")
        }
        #expect(dir.temporaryOutputs().isEmpty, "temporary files left: \(dir.listing())")
        #expect(dir.listing() == ["rag.csv"])
    }

    @Test func failedConvertKeepsExistingOutput() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let input = dir.file("rag.csv", "a,b\n1,2\n3\n")
        dir.file("out.csv", "old,content\n1,2\n")
        let r = try await wort("convert", input, dir.url("out.csv"))
        expectCleanFailure(r, status: 1, ["\(input):3: "])
        #expect(dir.text("out.csv") == "old,content\n1,2\n")
        #expect(dir.temporaryOutputs().isEmpty, "temporary files left: \(dir.listing())")
        // A successful convert replaces it.
        let good = dir.file("good.csv", "x\n1\n")
        let g = try await wort("convert", good, dir.url("out.csv"))
        #expect(g.ok, "\(g)")
        #expect(dir.text("out.csv") == "x\n1\n")
        #expect(dir.listing() == ["good.csv", "out.csv", "rag.csv"])
    }

    /// Writes a CSV of at least `bytes` bytes quickly: one block of rows, repeated.
    func writeBigCSV(_ path: String, bytes: Int) throws {
        var block = ""
        for i in 0..<20_000 { block += "\(i),name \(i),\"quoted, text\",3.25,2024-01-02,서연\n" }
        let data = Data(block.utf8)
        FileManager.default.createFile(atPath: path, contents: Data("id,name,note,x,d,k\n".utf8))
        let h = try #require(FileHandle(forWritingAtPath: path))
        defer { try? h.close() }
        h.seekToEndOfFile()
        var written = 0
        while written < bytes { h.write(data); written += data.count }
    }

    @Test(.timeLimit(.minutes(1)))
    func interruptedConvertLeavesNoFile() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let input = dir.url("big.csv")
        try writeBigCSV(input, bytes: 150_000_000)

        // Interrupted while writing: wait for the temporary output, then ~0.3 s more.
        let run = try startWort(["convert", input, dir.url("out.csv")])
        let appeared = Date().addingTimeInterval(20)
        while run.isRunning && dir.temporaryOutputs().isEmpty && Date() < appeared {
            try await Task.sleep(nanoseconds: 5_000_000)
        }
        try await Task.sleep(nanoseconds: 300_000_000)
        let wasRunning = run.isRunning
        let tempSeen = !dir.temporaryOutputs().isEmpty
        run.send(SIGINT)
        let r = await run.wait(timeout: 20)
        if !wasRunning || !tempSeen {
            withKnownIssue("the convert was not interrupted while writing (running: \(wasRunning), temp file seen: \(tempSeen)); the machine is too fast or too slow for this input") {
                Issue.record("interrupt not exercised: \(r)")
            }
            return
        }
        #expect(!r.timedOut)
        #expect(!r.signaled && r.status == 130, "expected exit 130 after SIGINT: \(r)")
        #expect(!dir.exists("out.csv"), "out.csv exists after an interrupted convert")
        #expect(dir.temporaryOutputs().isEmpty, "temporary files left: \(dir.listing())")

        // Interrupted right at the start (before any output exists): no file either,
        // and the process reports the interrupt (exit 130, or death by SIGINT).
        let early = try startWort(["convert", input, dir.url("out2.csv")])
        try await Task.sleep(nanoseconds: 300_000_000)
        let earlyRunning = early.isRunning
        early.send(SIGINT)
        let e = await early.wait(timeout: 20)
        if earlyRunning {
            #expect((!e.signaled && e.status == 130) || (e.signaled && e.status == SIGINT), "\(e)")
        }
        #expect(!dir.exists("out2.csv"))
        #expect(dir.temporaryOutputs().isEmpty, "temporary files left: \(dir.listing())")
        #expect(dir.listing() == ["big.csv"])
    }

    /// Renaming a temporary file onto a device or through a symlink would replace the
    /// device or the link: those outputs are written in place instead.
    @Test func devicesAndSymlinksAreWrittenThroughNotReplaced() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let input = dir.file("in.csv", "a,b\n1,x\n")
        let real = dir.file("real.csv", "old\n")
        try FileManager.default.createSymbolicLink(atPath: dir.url("link.csv"), withDestinationPath: "real.csv")
        #expect(try await wort("convert", input, dir.url("link.csv")).ok)
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: dir.url("link.csv"))) == "real.csv")
        #expect(dir.text("real.csv") == "a,b\n1,x\n")
        _ = real

        let viaDevice = try await wort("convert", input, "/dev/stdout", "--to", "jsonl")
        #expect(viaDevice.ok, "\(viaDevice)")
        #expect(viaDevice.stdout == "{\"a\":1,\"b\":\"x\"}\n")
        var st = stat()
        #expect(lstat("/dev/stdout", &st) == 0 && (st.st_mode & S_IFMT) == S_IFLNK, "/dev/stdout must still be a link")
    }
}
