import Foundation

/// A one-line progress bar on stderr, drawn only when stderr is a terminal and at most
/// ten times a second. Nothing is printed when stderr is a file or a pipe.
final class ProgressBar {
    private let label: String
    private let enabled: Bool
    private var lastDraw = 0.0
    private var drawn = false
    private let start = Date()

    init(_ label: String) {
        self.label = label
        enabled = isatty(2) != 0 && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    func update(done: Int, total: Int?) {
        guard enabled else { return }
        let now = Date().timeIntervalSince(start)
        guard now - lastDraw >= 0.1 else { return }
        lastDraw = now
        let mb = Double(done) / 1_048_576
        var line = "\r\(label) "
        if let total, total > 0 {
            let f = min(1, Double(done) / Double(total))
            let width = 30
            let full = Int(f * Double(width))
            line += "[" + String(repeating: "█", count: full) + String(repeating: " ", count: width - full) + "]"
            line += String(format: " %3.0f%% %.0f/%.0f MB", f * 100, mb, Double(total) / 1_048_576)
        } else {
            line += String(format: "%.0f MB", mb)
        }
        line += String(format: " %.1fs", now)
        FileHandle.standardError.write(Data(line.utf8))
        drawn = true
    }

    func finish() {
        guard enabled, drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
