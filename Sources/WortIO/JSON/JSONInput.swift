#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import WortCore

/// The whole input as one read-only byte buffer, so that the reader can make two passes.
///
/// A regular file is memory-mapped (the page cache holds it, not the heap). Standard input
/// (and pipes, FIFOs, process substitutions) is first copied to a temporary file in
/// `$TMPDIR` (default `/tmp`; `SpooledInput`), which is then mapped.
final class JSONInput {
    let bytes: UnsafeBufferPointer<UInt8>
    private let mapping: UnsafeMutableRawPointer?
    private let mappedLength: Int

    init(source: InputSource) throws {
        let name = source.displayName
        // Two passes over one mapping: stdin and pipes are copied to a temporary file first
        // (unlinked when `spool` goes; the mapping stays valid).
        let (readable, spool) = try SpooledInput.rereadable(source)
        guard case .file(let path) = readable else { preconditionFailure("rereadable inputs are files") }
        let mapFD = open(path, O_RDONLY | O_CLOEXEC)
        guard mapFD >= 0 else { throw WortError.io("cannot open: \(JSONInput.errnoText())", at: SourceLocation(file: name)) }
        defer { close(mapFD); _ = spool }
        var st = stat()
        guard fstat(mapFD, &st) == 0 else { throw WortError.io("cannot read: \(JSONInput.errnoText())", at: SourceLocation(file: name)) }
        if st.st_mode & S_IFMT == S_IFDIR { throw WortError.io("is a directory, not a JSON file", at: SourceLocation(file: name)) }
        let size = Int(st.st_size)
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

    static func errnoText() -> String { String(cString: strerror(errno)) }
}
