#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import WortCore

/// The whole input as one read-only byte buffer, so that the reader can make two passes.
///
/// A regular file is memory-mapped (the page cache holds it, not the heap). Standard input
/// (and pipes, FIFOs, process substitutions) is spooled to an unlinked temporary file in
/// `$TMPDIR` (default `/tmp`) which is then mapped; stdin redirected from a regular file is
/// mapped directly.
final class JSONInput {
    let bytes: UnsafeBufferPointer<UInt8>
    private let mapping: UnsafeMutableRawPointer?
    private let mappedLength: Int

    init(source: InputSource) throws {
        let name = source.displayName
        let fd: Int32
        switch source {
        case .file(let path):
            fd = open(path, O_RDONLY)
            guard fd >= 0 else { throw WortError.io("cannot open: \(JSONInput.errnoText())", at: SourceLocation(file: name)) }
        case .stdin:
            fd = dup(0)
            guard fd >= 0 else { throw WortError.io("cannot read: \(JSONInput.errnoText())", at: SourceLocation(file: name)) }
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw WortError.io("cannot read: \(JSONInput.errnoText())", at: SourceLocation(file: name)) }
        let mode = st.st_mode & S_IFMT
        if mode == S_IFDIR { throw WortError.io("is a directory, not a JSON file", at: SourceLocation(file: name)) }
        var mapFD = fd
        var size = Int(st.st_size)
        var spoolFD: Int32 = -1
        defer { if spoolFD >= 0 { close(spoolFD) } }
        let regularAtStart = mode == S_IFREG && lseek(fd, 0, SEEK_CUR) == 0
        if !regularAtStart {
            spoolFD = try JSONInput.spool(from: fd, name: name)
            mapFD = spoolFD
            var st2 = stat()
            guard fstat(spoolFD, &st2) == 0 else { throw WortError.io("cannot read: \(JSONInput.errnoText())", at: SourceLocation(file: name)) }
            size = Int(st2.st_size)
        }
        guard size > 0 else {
            bytes = UnsafeBufferPointer(start: nil, count: 0)
            mapping = nil
            mappedLength = 0
            return
        }
        let p = mmap(nil, size, PROT_READ, MAP_PRIVATE, mapFD, 0)
        guard let p, p != MAP_FAILED else {
            throw WortError.io("cannot map the input into memory: \(JSONInput.errnoText())", at: SourceLocation(file: name))
        }
        _ = madvise(p, size, MADV_SEQUENTIAL)
        mapping = p
        mappedLength = size
        bytes = UnsafeBufferPointer(start: p.assumingMemoryBound(to: UInt8.self), count: size)
    }

    private var releasedUpTo = 0

    /// Drops the mapped pages before `offset` from memory (they are read again from the
    /// file if touched), so a pass over a 10 GB file does not keep 10 GB resident.
    func release(upTo offset: Int) {
        guard let mapping else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let end = min(offset, mappedLength) / page * page
        guard end - releasedUpTo >= 16 << 20 else { return }
        _ = madvise(mapping + releasedUpTo, end - releasedUpTo, MADV_DONTNEED)
        releasedUpTo = end
    }

    /// Makes every page available again (before a second pass from the start).
    func rewind() { releasedUpTo = 0 }

    deinit {
        if let mapping { munmap(mapping, mappedLength) }
    }

    /// Copies everything readable from `fd` into an unlinked temporary file.
    private static func spool(from fd: Int32, name: String) throws -> Int32 {
        let dir = getenv("TMPDIR").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((dir + "/wort-json-XXXXXX").utf8CString)
        let tmp = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard tmp >= 0 else { throw WortError.io("cannot create a temporary file in \(dir) to hold standard input: \(errnoText())", at: SourceLocation(file: name)) }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        let chunk = 1 << 20
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: chunk, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let n = read(fd, buffer, chunk)
            if n == 0 { break }
            if n < 0 {
                if errno == EINTR { continue }
                close(tmp)
                throw WortError.io("cannot read: \(errnoText())", at: SourceLocation(file: name))
            }
            var done = 0
            while done < n {
                let w = write(tmp, buffer + done, n - done)
                if w < 0 {
                    if errno == EINTR { continue }
                    close(tmp)
                    throw WortError.io("cannot write the temporary copy of standard input: \(errnoText())", at: SourceLocation(file: name))
                }
                done += w
            }
        }
        return tmp
    }

    static func errnoText() -> String { String(cString: strerror(errno)) }
}
