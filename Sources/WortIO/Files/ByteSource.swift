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
        let start = buffer.count
        buffer.reserveCapacity(start + count)
        var got = 0
        // Fill via a temporary tail so `read` writes straight into the array's storage.
        buffer.append(contentsOf: repeatElement(0, count: count))
        defer { buffer.removeLast(count - got) }
        while got < count {
            let n = buffer.withUnsafeMutableBytes { raw in
                Glibc.read(fd, raw.baseAddress! + start + got, count - got)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw WortError.io("read failed: \(String(cString: strerror(errno)))", at: SourceLocation(file: source.displayName))
            }
            if n == 0 { break }
            got += n
        }
        bytesRead += got
        return got
    }
}
