import Foundation
import WortCore

/// An output written atomically: bytes go to a temporary file beside the target, which
/// is renamed into place by `commit()`. A failed or interrupted job leaves the old
/// output (if any) intact and no partial file. `-` writes to stdout directly.
public final class OutputFile: @unchecked Sendable {
    public let displayName: String
    private let fd: Int32
    private let target: String?
    private let temporary: String?
    /// True for a device or pipe opened here (closed when done), false for stdout.
    private var ownsDescriptor = false
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
        let exists = stat(path, &st) == 0
        let kind = exists ? st.st_mode & S_IFMT : S_IFREG
        if kind == S_IFDIR {
            throw WortError.io("is a directory; give a file name", at: SourceLocation(file: path))
        }
        if kind != S_IFREG || path.hasPrefix("/dev/") || path.hasPrefix("/proc/") {
            // A device, pipe or socket (/dev/null, /dev/stdout, a FIFO): renaming a
            // temporary file onto it would replace it, so write to it directly.
            let d = open(path, O_WRONLY | O_CLOEXEC | (kind == S_IFREG ? O_TRUNC : 0))
            guard d >= 0 else {
                throw WortError.io("cannot write: \(String(cString: strerror(errno)))", at: SourceLocation(file: path))
            }
            fd = d; target = nil; temporary = nil
            ownsDescriptor = true
            return
        }
        // Through symlinks the file they point to is replaced, not the links.
        var resolved = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let path = exists && realpath(path, &resolved) != nil ? String(decoding: resolved.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self) : path
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent().path
        let tmp = dir + "/." + url.lastPathComponent + ".wort-tmp-\(getpid())"
        slot = TemporaryFiles.register(tmp)
        let d = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard d >= 0 else {
            let why = String(cString: strerror(errno))
            TemporaryFiles.unregister(slot)
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

    /// Writes a whole text (a report, a script) to `path` (`-`: stdout), atomically.
    public static func write(_ text: String, to path: String) throws {
        let out = try OutputFile(path: path)
        do {
            try out.write(Array(text.utf8))
            try out.commit()
        } catch {
            out.discard()
            throw error
        }
    }

    /// Flushes and moves the file into place.
    public func commit() throws {
        guard !done else { return }
        try flush()
        done = true
        guard let target, let temporary else {
            if ownsDescriptor { close(fd) }
            return
        }
        close(fd)
        guard rename(temporary, target) == 0 else {
            let why = String(cString: strerror(errno))
            unlink(temporary); TemporaryFiles.unregister(slot)
            throw WortError.io("cannot move output into place: \(why)", at: SourceLocation(file: target))
        }
        TemporaryFiles.unregister(slot)
    }

    /// Throws the output away (the target, if it existed, is untouched).
    public func discard() {
        guard !done else { return }
        done = true
        guard let temporary else {
            if ownsDescriptor { close(fd) }
            return
        }
        close(fd)
        unlink(temporary)
        TemporaryFiles.unregister(slot)
    }

    deinit { discard() }
}
