import Foundation
import Glibc

/// Puts the terminal back when the process ends abnormally: on SIGTERM, SIGHUP, SIGINT
/// (from `kill`; the keyboard's Ctrl-C is a key in raw mode) and on crashes (a Swift
/// trap is SIGILL or SIGTRAP), so a failure never leaves the shell unusable. A request
/// to stop then ends the process as that signal (exit status 128+n; ncurses' own handler
/// would exit 1), and a crash goes on to the handler that was there before (Swift's
/// backtracer, or the default).
enum TerminalRestore {
    nonisolated(unsafe) private static var restore: (() -> Void)?
    /// Previous actions by signal number; a fixed array, as the handler must not allocate.
    nonisolated(unsafe) private static var previous = [SignalAction](repeating: SignalAction(), count: 65)
    private static let stops: [Int32] = [SIGTERM, SIGHUP, SIGINT, SIGQUIT]
    private static let crashes: [Int32] = [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE]
    private static var signals: [Int32] { stops + crashes }

    static func install(_ body: @escaping () -> Void) {
        restore = body
        for s in stops { previous[Int(s)].__sigaction_handler.sa_handler = SIG_DFL }
        for s in signals {
            var action = SignalAction()
            action.__sigaction_handler.sa_handler = { sig in
                // endwin is not async-signal-safe in theory; in practice it only writes the
                // reset sequences, and the process ends right after.
                TerminalRestore.restore?()
                TerminalRestore.restore = nil
                _ = sigaction(sig, &TerminalRestore.previous[Int(sig)], nil)
                raise(sig)
            }
            sigemptyset(&action.sa_mask)
            var old = SignalAction()
            _ = sigaction(s, &action, &old)
            if crashes.contains(s) { previous[Int(s)] = old }
        }
    }

    static func clear() {
        restore = nil
        for s in crashes { _ = sigaction(s, &previous[Int(s)], nil) }
        for s in stops { signal(s, SIG_DFL) }
    }
}

/// The struct, not the function of the same name.
private typealias SignalAction = sigaction
