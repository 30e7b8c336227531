import Foundation
import WortCore

/// Reads an input sequentially in large blocks with `read(2)`, so memory stays bounded
/// (mapping a 10 GB file would count every touched page toward the process's memory).
public final class ByteSource: @unchecked Sendable {
    public let source: InputSource
    private let fd: Int32
    private let ownsDescriptor: Bool
    /// File size in bytes, nil for pipes and stdin.
    public let totalBytes: Int?
    public private(set) var bytesRead = 0

    public init(_ source: InputSource) throws {
        self.source = source
        switch source {
        case .stdin:
            fd = 0; ownsDescriptor = false
        case .file(let path):
            var st = stat()
            guard stat(path, &st) == 0 else {
                throw WortError.io("cannot open: \(String(cString: strerror(errno)))", at: SourceLocation(file: path))
            }
            if (st.st_mode & S_IFMT) == S_IFDIR {
                throw WortError.io("is a directory, not a file", at: SourceLocation(file: path))
            }
            let d = open(path, O_RDONLY | O_CLOEXEC)
            guard d >= 0 else {
                throw WortError.io("cannot open: \(String(cString: strerror(errno)))", at: SourceLocation(file: path))
            }
            fd = d; ownsDescriptor = true
        }
        var st = stat()
        if fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG {
            totalBytes = Int(st.st_size)
            #if os(Linux)
            _ = posix_fadvise(fd, 0, 0, Int32(POSIX_FADV_SEQUENTIAL))
            #endif
        } else {
            totalBytes = nil
        }
    }

    deinit { if ownsDescriptor { close(fd) } }

    /// Appends up to `count` bytes to `buffer`; returns how many (0 at the end).
    public func read(appendingTo buffer: inout [UInt8], count: Int) throws -> Int {
        guard count > 0 else { return 0 }
        // Read into uninitialized storage and append it with one copy. (Zero-filling the
        // tail first with `append(contentsOf: repeatElement(0, count:))` went element by
        // element through unspecialized generic code: about a second per 4 MB block in
        // debug builds, so even `wort head` of a tiny file took seconds.)
        var failure: Int32 = 0
        let chunk = [UInt8](unsafeUninitializedCapacity: count) { p, initialized in
            var got = 0
            while got < count {
                let n = Glibc.read(fd, p.baseAddress! + got, count - got)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    break
                }
                if n == 0 { break }
                got += n
            }
            initialized = got
        }
        if failure != 0 {
            throw WortError.io("read failed: \(String(cString: strerror(failure)))", at: SourceLocation(file: source.displayName))
        }
        if buffer.isEmpty && buffer.capacity < chunk.count { buffer = chunk } else { buffer.append(contentsOf: chunk) }
        bytesRead += chunk.count
        return chunk.count
    }
}
