import Foundation
import Testing

/// Runs Python scripts with the interpreter in `$WORT_PYTHON` (scripts/test points it at
/// .venv-test/bin/python, which has duckdb, pyarrow and polars). Independent readers check
/// what Wort writes. A missing interpreter, a failed import or a failing script records an
/// Issue: such tests fail loudly, they are never skipped.
public enum PythonRunner {
    public struct Output { var status: Int32; var stdout: String; var stderr: String }

    public static var interpreter: String? {
        guard let p = ProcessInfo.processInfo.environment["WORT_PYTHON"], !p.isEmpty else { return nil }
        return p
    }

    /// Runs `script` with `arguments`; nil (and an Issue) when it cannot run or exits non-zero.
    public static func run(_ script: String, _ arguments: [String] = [],
                    sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String? {
        guard let python = interpreter else {
            Issue.record("WORT_PYTHON is not set: set it to a Python with duckdb, pyarrow and polars (scripts/test does)",
                         sourceLocation: sourceLocation)
            return nil
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: python)
        p.arguments = ["-c", script] + arguments
        var env = ProcessInfo.processInfo.environment
        env["PYTHONIOENCODING"] = "utf-8"
        p.environment = env
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        do { try p.run() } catch {
            Issue.record("cannot run \(python): \(error)", sourceLocation: sourceLocation)
            return nil
        }
        // stderr is drained on another thread so that neither pipe fills up.
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async { errData = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        group.wait()
        let stdout = String(decoding: outData, as: UTF8.self)
        guard p.terminationStatus == 0 else {
            Issue.record("python exited with \(p.terminationStatus):\n\(String(decoding: errData, as: UTF8.self))",
                         sourceLocation: sourceLocation)
            return nil
        }
        return stdout
    }

    /// Runs `script` and parses what it prints as JSON.
    public static func json(_ script: String, _ arguments: [String] = [],
                     sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Any? {
        guard let text = run(script, arguments, sourceLocation: sourceLocation) else { return nil }
        do { return try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) } catch {
            Issue.record("python printed no JSON: \(text.prefix(500))", sourceLocation: sourceLocation)
            return nil
        }
    }
}
