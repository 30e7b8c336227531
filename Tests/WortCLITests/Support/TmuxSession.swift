import Foundation
import Testing

/// The real `wort` binary in a tmux terminal of a fixed size, driven by keys as a person
/// would: the end-to-end check of the interactive session. A private tmux server per
/// session (`-L`), killed at the end.
final class TmuxSession {
    let socket = "wort-test-\(UUID().uuidString.prefix(8))"
    let width: Int, height: Int

    /// Starts `wort ARGS` in `directory`. Throws when tmux is missing or cannot start.
    init(_ arguments: [String], in directory: String, width: Int = 120, height: Int = 40,
         environment: [String: String] = [:]) throws {
        self.width = width; self.height = height
        var env = ["TERM=xterm-256color", "LANG=C.UTF-8", "LC_ALL=C.UTF-8"]
        for (k, v) in environment { env.append("\(k)=\(v)") }
        let command = (["env"] + env + [wortBinary] + arguments).map(Self.quote).joined(separator: " ")
            + "; echo; echo \"[wort exited $?]\"; sleep 600"
        try tmux(["new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-c", directory, command])
    }

    deinit { _ = try? tmux(["kill-server"]) }

    /// The screen as text, one line per row.
    func screen() -> String { (try? tmux(["capture-pane", "-p"])) ?? "" }

    /// Sends tmux key names ("Down", "Enter", "Escape", "C-s") or literal text (`literal`).
    func keys(_ names: String...) throws {
        for k in names {
            try tmux(["send-keys", k])
            usleep(40_000)
        }
    }

    func type(_ text: String) throws {
        try tmux(["send-keys", "-l", text])
        usleep(60_000)
    }

    /// Waits until the screen contains `text`; fails the test (with the screen) if not.
    @discardableResult
    func wait(for text: String, timeout: Double = 20, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        let end = Date().addingTimeInterval(timeout)
        while Date() < end {
            if screen().contains(text) { return true }
            usleep(50_000)
        }
        Issue.record("timed out waiting for \"\(text)\"; screen:\n\(screen())", sourceLocation: sourceLocation)
        return false
    }

    /// Waits until the screen stops changing (after a key whose effect has no fixed text).
    func settle(ms: Int = 300) {
        var last = screen()
        var stableSince = Date()
        let end = Date().addingTimeInterval(10)
        while Date() < end {
            usleep(50_000)
            let now = screen()
            if now != last { last = now; stableSince = Date() } else if Date().timeIntervalSince(stableSince) * 1000 >= Double(ms) { return }
        }
    }

    @discardableResult
    private func tmux(_ args: [String]) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["tmux", "-L", socket, "-f", "/dev/null"] + args
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        if p.terminationStatus != 0 && args.first != "kill-server" {
            throw TmuxFailed(message: "tmux \(args.first ?? ""): \(text)")
        }
        return text
    }

    static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}

struct TmuxFailed: Error, CustomStringConvertible {
    var message: String
    var description: String { message + " (tmux needs a character-device /dev/null; scripts/ensure-deps fixes both)" }
}
