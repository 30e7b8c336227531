import Foundation
import Testing

/// `wort FILE` end to end without a terminal: `--print-screen` renders after loading.
/// The interactive path is checked by hand with tui-drive (see README).
@Suite struct BrowseCommandTests {
    static let repoRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static var binary: String {
        let env = ProcessInfo.processInfo.environment["WORT_BIN"] ?? ""
        return env.isEmpty ? repoRoot + "/.build/debug/wort" : env
    }

    func wort(_ args: String...) throws -> (status: Int32, out: String, err: String) {
        guard FileManager.default.isExecutableFile(atPath: Self.binary) else {
            Issue.record("no wort binary at \(Self.binary): run swift build first (or set WORT_BIN)")
            return (-1, "", "")
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Self.binary)
        p.arguments = args
        p.currentDirectoryURL = URL(fileURLWithPath: Self.repoRoot)
        p.standardInput = FileHandle(forReadingAtPath: "/dev/null") ?? FileHandle.nullDevice
        let out = Pipe(), err = Pipe()
        p.standardOutput = out; p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    @Test func fileArgumentOpensTheGrid() throws {
        let r = try wort("--print-screen", "60x15", "samples/students_cp949.csv")
        #expect(r.status == 0, "\(r.err)")
        let lines = r.out.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 16)                       // 15 rows and the final newline
        #expect(lines[0].hasPrefix("student_id # │ first_name"))
        #expect(r.out.contains("서연"))
        #expect(lines[13].contains("30 rows · full data"))
    }

    @Test func otherCommandsStillWork() throws {
        let r = try wort("head", "samples/students.csv", "-n", "1")
        #expect(r.status == 0)
        #expect(r.out.hasPrefix("student_id  first_name"))
    }

    @Test func bareWortPrintsHelp() throws {
        let r = try wort()
        #expect(r.status == 0)
        #expect(r.out.contains("USAGE: wort <subcommand>"))
        #expect(r.out.contains("browse"))
    }

    @Test func missingFileFailsBeforeTheScreenIsTaken() throws {
        let r = try wort("no-such-file.csv")
        #expect(r.status == 1)
        #expect(r.err.contains("no-such-file.csv"))
    }
}

extension BrowseCommandTests {
    @Test func aWordThatIsNeitherCommandNorFileIsAUsageError() throws {
        let r = try wort("frobnicate")
        #expect(r.status == 2)
        #expect(r.err.contains("'frobnicate' is neither a command nor a file"))
    }
}
