import Foundation
import Testing

// The one support file of the CLI tests: locating the built `wort` binary, running it
// (or python3) as a subprocess, and temporary directories.

/// The repository root: this file is Tests/WortCLITests/Support/RunWort.swift.
let repoRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<4 { url.deleteLastPathComponent() }
    return url.path
}()

/// A path under the repository root, e.g. `repoPath("samples/students.csv")`.
func repoPath(_ relative: String) -> String { repoRoot + "/" + relative }

/// The `wort` binary under test: $WORT_BIN, else <repo>/.build/debug/wort.
let wortBinary: String = {
    if let env = ProcessInfo.processInfo.environment["WORT_BIN"], !env.isEmpty { return env }
    return repoRoot + "/.build/debug/wort"
}()

struct MissingBinary: Error, CustomStringConvertible {
    let path: String
    var description: String {
        "the wort binary is missing at \(path): run `swift build` first (or set WORT_BIN to the binary)"
    }
}

/// What a finished subprocess left behind.
struct RunResult: CustomStringConvertible {
    var status: Int32
    /// True when the process ended by a signal (a crash, or our timeout/interrupt).
    var signaled: Bool
    var timedOut: Bool
    var stdoutData: Data
    var stderrData: Data

    var stdout: String { String(decoding: stdoutData, as: UTF8.self) }
    var stderr: String { String(decoding: stderrData, as: UTF8.self) }
    /// Exited normally with status 0.
    var ok: Bool { !signaled && !timedOut && status == 0 }

    var description: String {
        let how = signaled ? "signal \(status)" : "exit \(status)"
        return "\(how)\(timedOut ? " (timed out)" : "")\n--- stdout ---\n\(stdout.prefix(2000))\n--- stderr ---\n\(stderr.prefix(2000))"
    }
}

/// A running subprocess: stdout and stderr go to files (no pipe can fill up and block).
final class Running: @unchecked Sendable {
    let process = Process()
    private let outPath: String
    private let errPath: String
    private let lock = NSLock()
    private var timedOutFlag = false

    init(executable: String, arguments: [String], stdin: Data?, directory: String?,
         environment: [String: String]) throws {
        let scratch = NSTemporaryDirectory() + "wort-cli-io-" + UUID().uuidString
        outPath = scratch + ".out"
        errPath = scratch + ".err"
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        process.environment = env
        process.standardOutput = FileHandle(forWritingAtPath: outPath)
        process.standardError = FileHandle(forWritingAtPath: errPath)
        if let stdin {
            let inPath = scratch + ".in"
            _ = FileManager.default.createFile(atPath: inPath, contents: stdin)
            process.standardInput = FileHandle(forReadingAtPath: inPath)
            defer { unlink(inPath) }  // the child keeps the open descriptor
            try process.run()
        } else {
            process.standardInput = FileHandle.nullDevice
            try process.run()
        }
    }

    var pid: Int32 { process.processIdentifier }
    var isRunning: Bool { process.isRunning }

    func send(_ signal: Int32) { kill(process.processIdentifier, signal) }

    /// Waits for the end (killing the process after `timeout` seconds) and collects output.
    func wait(timeout: Double = 30) async -> RunResult {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning {
            if Date() > deadline {
                lock.withLock { timedOutFlag = true }
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
                break
            }
            try? await Task.sleep(nanoseconds: 2_000_000)
        }
        process.waitUntilExit()
        let out = FileManager.default.contents(atPath: outPath) ?? Data()
        let err = FileManager.default.contents(atPath: errPath) ?? Data()
        unlink(outPath); unlink(errPath)
        return RunResult(status: process.terminationStatus,
                         signaled: process.terminationReason == .uncaughtSignal,
                         timedOut: lock.withLock { timedOutFlag },
                         stdoutData: out, stderrData: err)
    }
}

/// Starts `wort` without waiting; throws `MissingBinary` (failing the test) when it is not built.
/// `environment` is added to this process's; TERM=dumb by default.
func startWort(_ arguments: [String], stdin: Data? = nil, in directory: String? = nil,
               environment: [String: String] = ["TERM": "dumb"]) throws -> Running {
    guard FileManager.default.isExecutableFile(atPath: wortBinary) else { throw MissingBinary(path: wortBinary) }
    return try Running(executable: wortBinary, arguments: arguments, stdin: stdin, directory: directory,
                       environment: environment)
}

/// Runs `wort` to the end.
func wort(_ arguments: String..., stdin: Data? = nil, in directory: String? = nil,
          timeout: Double = 30) async throws -> RunResult {
    try await wort(arguments, stdin: stdin, in: directory, timeout: timeout)
}

func wort(_ arguments: [String], stdin: Data? = nil, in directory: String? = nil,
          timeout: Double = 30) async throws -> RunResult {
    let r = try startWort(arguments, stdin: stdin, in: directory)
    let result = await r.wait(timeout: timeout)
    #expect(!result.timedOut, "wort \(arguments.joined(separator: " ")) timed out after \(timeout) s")
    return result
}

/// Runs `python3 -c script args...`: `$WORT_PYTHON` (the test virtualenv that
/// scripts/test makes, with DuckDB) when set, else python3 on PATH.
func python(_ script: String, _ arguments: [String], stdin: Data? = nil, timeout: Double = 30) async throws -> RunResult {
    let interpreter = ProcessInfo.processInfo.environment["WORT_PYTHON"] ?? "python3"
    let r = try Running(executable: "/usr/bin/env", arguments: [interpreter, "-c", script] + arguments,
                        stdin: stdin, directory: nil, environment: ["PYTHONIOENCODING": "utf-8"])
    return await r.wait(timeout: timeout)
}

/// A fresh temporary directory, removed by `remove()` (call it in a `defer`).
struct TempDir {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "wort-cli-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Writes a file and returns its full path.
    @discardableResult
    func file(_ name: String, _ bytes: [UInt8]) -> String {
        let p = path + "/" + name
        _ = FileManager.default.createFile(atPath: p, contents: Data(bytes))
        return p
    }

    @discardableResult
    func file(_ name: String, _ text: String) -> String { file(name, Array(text.utf8)) }

    /// A path in the directory (the file is not created).
    func url(_ name: String) -> String { path + "/" + name }

    func read(_ name: String) -> Data? { FileManager.default.contents(atPath: url(name)) }
    func text(_ name: String) -> String? { read(name).map { String(decoding: $0, as: UTF8.self) } }
    func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: url(name)) }

    /// The names in the directory.
    func listing() -> [String] { ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted() }

    /// Leftover temporary outputs of `wort` (`.NAME.wort-tmp-PID`).
    func temporaryOutputs() -> [String] { listing().filter { $0.contains(".wort-tmp-") } }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}
