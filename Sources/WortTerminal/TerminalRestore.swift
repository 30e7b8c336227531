import Foundation
import Glibc

/// Puts the terminal back when the process ends abnormally: on SIGTERM, SIGHUP, SIGINT
/// (from `kill`; the keyboard's Ctrl-C is a key in raw mode) and on crashes (a Swift
/// trap is SIGILL or SIGTRAP), so a failure never leaves the shell unusable.
enum TerminalRestore {
    nonisolated(unsafe) private static var restore: (() -> Void)?
    private static let signals: [Int32] = [SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE]

    static func install(_ body: @escaping () -> Void) {
        restore = body
        for s in signals {
            signal(s) { sig in
                // Not async-signal-safe in theory; in practice endwin only writes the reset
                // sequences, and the process ends right after.
                TerminalRestore.restore?()
                TerminalRestore.restore = nil
                signal(sig, SIG_DFL)
                raise(sig)
            }
        }
    }

    static func clear() {
        restore = nil
        for s in signals { signal(s, SIG_DFL) }
    }
}
