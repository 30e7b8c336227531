import Foundation
import WortCore

/// Paths of temporary outputs to remove if the process is interrupted.
/// A signal handler cannot take locks or allocate, so the paths live in a fixed C array.
private nonisolated(unsafe) var pendingTemporaryPaths = [UnsafeMutablePointer<CChar>?](repeating: nil, count: 16)
private let pendingLock = NSLock()
private nonisolated(unsafe) var handlersInstalled = false

private func removePendingAndExit(_ signal: Int32) {
    for p in pendingTemporaryPaths { if let p { unlink(p) } }
    _exit(128 + signal)
}

private func register(_ path: String) -> Int? {
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
    guard let slot = pendingTemporaryPaths.firstIndex(where: { $0 == nil }) else { return nil }
    pendingTemporaryPaths[slot] = strdup(path)
    return slot
}

private func unregister(_ slot: Int?) {
    guard let slot else { return }
    pendingLock.lock(); defer { pendingLock.unlock() }
    let p = pendingTemporaryPaths[slot]
    pendingTemporaryPaths[slot] = nil
    free(p)
}

/// An output written atomically: bytes go to a temporary file beside the target, which
/// is renamed into place by `commit()`. A failed or interrupted job leaves the old
/// output (if any) intact and no partial file. `-` writes to stdout directly.
public final class OutputFile: @unchecked Sendable {
    public let displayName: String
    private let fd: Int32
    private let target: String?
    private let temporary: String?
    private var slot: Int?
    private var buffer: [UInt8] = []
    private var done = false
    public private(set) var bytesWritten = 0

    public init(path: String) throws {
        displayName = path == "-" ? "<stdout>" : path
        if path == "-" {
            fd = 1; target = nil; temporary = nil
            return
        }
        var st = stat()
        if stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR {
            throw WortError.io("is a directory; give a file name", at: SourceLocation(file: path))
        }
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent().path
        let tmp = dir + "/." + url.lastPathComponent + ".wort-tmp-\(getpid())"
        slot = register(tmp)
        let d = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard d >= 0 else {
            let why = String(cString: strerror(errno))
            unregister(slot)
            throw WortError.io("cannot write: \(why)", at: SourceLocation(file: path))
        }
        fd = d; target = path; temporary = tmp
        buffer.reserveCapacity(1 << 20)
    }

    public func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBufferPointer { try write($0) }
    }

    public func write(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        // Large writes go straight to the file; small ones are gathered first.
        if bytes.count >= 1 << 18 {
            try flush()
            try writeAll(bytes)
            return
        }
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 20 { try flush() }
    }

    private func flush() throws {
        try buffer.withUnsafeBufferPointer { try writeAll($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    private func writeAll(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        guard let base = bytes.baseAddress else { return }
        var off = 0
        while off < bytes.count {
            let n = Glibc.write(fd, base + off, bytes.count - off)
            if n < 0 {
                if errno == EINTR { continue }
                throw WortError.io("write failed: \(String(cString: strerror(errno)))", at: SourceLocation(file: displayName))
            }
            off += n
        }
        bytesWritten += bytes.count
    }

    /// Flushes and moves the file into place.
    public func commit() throws {
        guard !done else { return }
        try flush()
        done = true
        guard let target, let temporary else { return }
        close(fd)
        guard rename(temporary, target) == 0 else {
            let why = String(cString: strerror(errno))
            unlink(temporary); unregister(slot)
            throw WortError.io("cannot move output into place: \(why)", at: SourceLocation(file: target))
        }
        unregister(slot)
    }

    /// Throws the output away (the target, if it existed, is untouched).
    public func discard() {
        guard !done else { return }
        done = true
        guard let temporary else { return }
        close(fd)
        unlink(temporary)
        unregister(slot)
    }

    deinit { discard() }
}
