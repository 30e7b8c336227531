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

    deinit { close() }

    /// Ends the terminal and everything in it (call in a `defer`; deinit does it too).
    /// The processes are also killed outright: a pane that ignores SIGHUP would keep the
    /// tmux server alive after kill-server.
    func close() {
        let pids = ((try? tmux(["list-panes", "-a", "-F", "#{pane_pid}"])) ?? "") + "\n" + ((try? tmux(["display-message", "-p", "#{pid}"])) ?? "")
        _ = try? tmux(["kill-server"])
        for p in pids.split(separator: "\n").compactMap({ Int32($0.trimmingCharacters(in: .whitespaces)) }) where p > 1 { kill(p, SIGKILL) }
    }

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
        // posix_spawn and waitpid rather than Foundation's Process, whose wait does not
        // return on a test's cooperative thread here; output through a file, since the
        // tmux server that new-session starts keeps the client's descriptors open.
        let path = NSTemporaryDirectory() + "wort-tmux-\(UUID().uuidString)"
        defer { unlink(path) }
        let argv = ["tmux", "-L", socket, "-f", "/dev/null"] + args
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var cArgs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { for a in cArgs { free(a) } }
        // Signals the test runner ignores are not passed on: the panes must die on SIGHUP.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for s in [SIGHUP, SIGINT, SIGTERM, SIGPIPE, SIGQUIT] { sigaddset(&defaults, s) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let rc = posix_spawnp(&pid, "tmux", &actions, &attributes, &cArgs, environ)
        guard rc == 0 else { throw TmuxFailed(message: "cannot start tmux: \(String(cString: strerror(rc)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let text = String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
        let exited = (status & 0x7f) == 0 && ((status >> 8) & 0xff) == 0
        if !exited && args.first != "kill-server" {
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
