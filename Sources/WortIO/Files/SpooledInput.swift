import Foundation
import WortCore

/// An input that can be read only once (stdin, a pipe or FIFO given by path, a process
/// substitution) copied to a temporary file, for readers that need two passes or random
/// access. The file is removed when this is released.
final class SpooledInput: @unchecked Sendable {
    let path: String
    private var slot: Int?

    /// `source` itself when it is a regular file (it can be read again), else a spooled copy
    /// of it; keep the returned `SpooledInput` alive while reading the returned path.
    static func rereadable(_ source: InputSource) throws -> (source: InputSource, spool: SpooledInput?) {
        if case .file(let path) = source {
            var st = stat()
            if stat(path, &st) != 0 || (st.st_mode & S_IFMT) == S_IFREG || (st.st_mode & S_IFMT) == S_IFDIR {
                return (source, nil)  // a regular file, or an error ByteSource will name
            }
        }
        let spool = try SpooledInput(copying: source)
        return (.file(spool.path), spool)
    }

    init(copying source: InputSource) throws {
        let dir = ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp"
        var template = Array("\(dir)/wort-input-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw WortError.io("cannot create a temporary file in \(dir)") }
        path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        slot = TemporaryFiles.register(path)
        defer { close(fd) }
        let src = try ByteSource(source)
        var buf: [UInt8] = []
        while try src.read(appendingTo: &buf, count: 4 << 20) > 0 {
            var off = 0
            while off < buf.count {
                let n = buf.withUnsafeBytes { write(fd, $0.baseAddress! + off, $0.count - off) }
                if n < 0 { unlink(path); throw WortError.io("cannot spool stdin: \(String(cString: strerror(errno)))") }
                off += n
            }
            buf.removeAll(keepingCapacity: true)
        }
    }

    deinit {
        unlink(path)
        TemporaryFiles.unregister(slot)
    }
}
