import Foundation
import WortCore

/// Standard input copied to a temporary file, for readers that need two passes.
/// The file is removed when this is released.
final class SpooledInput: @unchecked Sendable {
    let path: String
    private var slot: Int?

    init(stdin: Void) throws {
        let dir = ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp"
        var template = Array("\(dir)/wort-stdin-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw WortError.io("cannot create a temporary file in \(dir)") }
        path = String(cString: template)
        slot = TemporaryFiles.register(path)
        defer { close(fd) }
        let src = try ByteSource(.stdin)
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
