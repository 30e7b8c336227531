import Foundation

/// Paths of temporary files to remove if the process is interrupted (SIGINT, SIGTERM,
/// SIGHUP, SIGPIPE). A signal handler cannot take locks or allocate, so the paths live in
/// a fixed array of C strings that the handler only reads. Directories may be registered
/// too (a partitioned output's temporary tree): the handler goes from the last slot to the
/// first, so files registered after their folder go before it, and tries unlink then rmdir.
private nonisolated(unsafe) var pendingTemporaryPaths = [UnsafeMutablePointer<CChar>?](repeating: nil, count: 2048)
private let pendingLock = NSLock()
private nonisolated(unsafe) var handlersInstalled = false

private func removePendingAndExit(_ signal: Int32) {
    var i = pendingTemporaryPaths.count - 1
    while i >= 0 {
        if let p = pendingTemporaryPaths[i] { if unlink(p) != 0 { rmdir(p) } }
        i -= 1
    }
    _exit(128 + signal)
}

enum TemporaryFiles {
    /// Registers `path` for removal on interruption; returns its slot (nil when full).
    static func register(_ path: String) -> Int? {
        pendingLock.lock(); defer { pendingLock.unlock() }
        if !handlersInstalled {
            handlersInstalled = true
            // Unblock them too: a parent may hand down a mask that blocks them (Foundation's
            // Process on Linux passes on its dispatch thread's mask, swift-corelibs-foundation
            // #4772), and then Ctrl-C or `terminate()` would never reach the handler.
            var set = sigset_t()
            sigemptyset(&set)
            for s in [SIGINT, SIGTERM, SIGHUP, SIGPIPE] {
                signal(s, removePendingAndExit)
                sigaddset(&set, s)
            }
            pthread_sigmask(SIG_UNBLOCK, &set, nil)
        }
        // The first free slot after every used one keeps registration order for the handler.
        let after = (pendingTemporaryPaths.lastIndex(where: { $0 != nil }) ?? -1) + 1
        guard let slot = after < pendingTemporaryPaths.count ? after : pendingTemporaryPaths.firstIndex(where: { $0 == nil }) else { return nil }
        pendingTemporaryPaths[slot] = strdup(path)
        return slot
    }

    static func unregister(_ slot: Int?) {
        guard let slot else { return }
        pendingLock.lock(); defer { pendingLock.unlock() }
        let p = pendingTemporaryPaths[slot]
        pendingTemporaryPaths[slot] = nil
        free(p)
    }
}
