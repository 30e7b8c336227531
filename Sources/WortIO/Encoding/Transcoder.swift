#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import WortCore

/// Converts a stream of bytes in one `TextEncoding` to UTF-8, one chunk at a time.
///
/// Feed the chunks in order to `convert(_:isLast:)`; each call returns the UTF-8 of every
/// complete character so far. A character cut by a chunk boundary is kept (a few bytes)
/// and finished with the next chunk. After the call with `isLast: true` the transcoder is
/// ready for a new stream.
///
/// - UTF-8 is validated, not copied through blindly: an ill-formed sequence is an error
///   naming its byte offset. A byte order mark at the start of the stream is dropped.
/// - CP949 (EUC-KR and its Unified Hangul Code extension) goes through glibc `iconv`
///   ("CP949" → "UTF-8"). Bytes that are not CP949 are an error naming their offset.
/// - Windows-1252 and ISO-8859-1 use a built-in table (faster than iconv for a
///   single-byte encoding). The five bytes Windows-1252 leaves undefined (81 8D 8F 90
///   9D) are *mapped*, not rejected: to the C1 control of the same value (U+0081 …),
///   as the WHATWG Encoding Standard and Python's `latin-1` fallback do. No byte of a
///   Windows-1252 file is ever lost or refused; display code shows C1 controls as
///   placeholders. (glibc's WINDOWS-1252 would fail on them instead.)
///
/// Errors are `WortError.data` with 0-based byte offsets counted from the start of the
/// stream; `sourceName` (if given) becomes the error's location.
///
/// Not Sendable: it holds mutable stream state and an iconv handle. Use one instance from
/// one task at a time (a reader owns its transcoder).
public final class Transcoder {
    public let encoding: TextEncoding
    public let sourceName: String?

    /// Bytes of an incomplete character from the end of the previous chunk.
    private var pending: [UInt8] = []
    /// Stream offset of `pending[0]` (or of the next input byte when `pending` is empty).
    private var pendingOffset = 0
    /// Nothing has been output yet in this stream (for dropping a UTF-8 BOM).
    private var atStreamStart = true

    private var cd: iconv_t? = nil
    private let scratchSize = 1 << 16
    private var scratch: UnsafeMutablePointer<UInt8>? = nil

    public init(from encoding: TextEncoding, sourceName: String? = nil) throws {
        self.encoding = encoding
        self.sourceName = sourceName
        if let name = encoding.iconvName {
            let handle = iconv_open("UTF-8", name)
            if Int(bitPattern: handle) == -1 {
                throw WortError.io("this system's iconv cannot convert \(name) to UTF-8 (iconv_open failed, errno \(errno))")
            }
            cd = handle
            scratch = .allocate(capacity: scratchSize)
        }
    }

    deinit {
        if let cd { iconv_close(cd) }
        scratch?.deallocate()
    }

    /// Converts the next chunk. `isLast` marks the end of the stream: a character still
    /// incomplete then is an error.
    public func convert(_ input: UnsafeBufferPointer<UInt8>, isLast: Bool) throws -> [UInt8] {
        var out: [UInt8]
        switch encoding {
        case .utf8: out = try convertUTF8(input, isLast: isLast)
        case .cp949, .utf16le, .utf16be: out = try convertIconv(input, isLast: isLast)
        case .windows1252, .latin1:
            out = SingleByteDecoder.decode(input, windows1252: encoding == .windows1252)
            pendingOffset += input.count
        }
        if atStreamStart && !out.isEmpty {
            atStreamStart = false
            // A byte order mark (U+FEFF, whatever encoding it came in) is not text.
            if out.count >= 3 && out[0] == 0xEF && out[1] == 0xBB && out[2] == 0xBF {
                out.removeFirst(3)
            }
        }
        if isLast { reset() }
        return out
    }

    public func convert(_ input: [UInt8], isLast: Bool) throws -> [UInt8] {
        try input.withUnsafeBufferPointer { try convert($0, isLast: isLast) }
    }

    /// Forgets any partial character and starts a new stream.
    public func reset() {
        pending = []
        pendingOffset = 0
        atStreamStart = true
        if let cd { _ = iconv(cd, nil, nil, nil, nil) }
    }

    // MARK: UTF-8

    private func convertUTF8(_ input: UnsafeBufferPointer<UInt8>, isLast: Bool) throws -> [UInt8] {
        var out: [UInt8] = []
        var start = 0
        let inputOffset = pendingOffset + pending.count
        if !pending.isEmpty {
            // Finish the carried sequence with at most 3 more bytes.
            let take = min(input.count, 3)
            let head = pending + UnsafeBufferPointer(rebasing: input[0 ..< take])
            switch UTF8Validation.validate(head) {
            case .valid:
                out = head
                start = take
            case .incompleteTail(let k) where k >= pending.count:
                out.append(contentsOf: head[0 ..< k])
                start = k - pending.count
            case .incompleteTail:
                // Still incomplete: the whole input was too short to finish it.
                pending = head
                if isLast { throw incomplete(at: pendingOffset, what: "UTF-8") }
                return []
            case .invalid(let k):
                throw invalidBytes(at: pendingOffset + k, bytes: Array(head[k...].prefix(4)), what: "UTF-8")
            }
            pending = []
        }
        let rest = UnsafeBufferPointer(rebasing: input[start...])
        switch UTF8Validation.validate(rest) {
        case .valid:
            out.append(contentsOf: rest)
        case .incompleteTail(let k):
            out.append(contentsOf: UnsafeBufferPointer(rebasing: rest[0 ..< k]))
            pending = Array(rest[k...])
        case .invalid(let k):
            throw invalidBytes(at: inputOffset + start + k, bytes: Array(rest[k...].prefix(4)), what: "UTF-8")
        }
        pendingOffset = inputOffset + input.count - pending.count
        if isLast && !pending.isEmpty { throw incomplete(at: pendingOffset, what: "UTF-8") }
        return out
    }

    // MARK: iconv (CP949)

    private func convertIconv(_ input: UnsafeBufferPointer<UInt8>, isLast: Bool) throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(input.count + input.count / 2 + 16)
        var start = 0
        let inputOffset = pendingOffset + pending.count
        if !pending.isEmpty {
            // Finish the carried character with a few bytes of this chunk (a CP949
            // character is at most 2 bytes, so 8 always suffice).
            let take = min(input.count, 8)
            let head = pending + UnsafeBufferPointer(rebasing: input[0 ..< take])
            let (used, err) = head.withUnsafeBufferPointer { runIconv($0, into: &out) }
            switch err {
            case 0:
                start = take
            case EINVAL where used >= pending.count:
                start = used - pending.count
            case EINVAL where take == input.count:
                pending = Array(head[used...])
                pendingOffset += used
                if isLast { throw incomplete(at: pendingOffset, what: "CP949") }
                return out
            case EILSEQ, EINVAL:
                throw invalidBytes(at: pendingOffset + used, bytes: Array(head[used...].prefix(2)), what: "CP949")
            default:
                throw WortError.io("iconv failed (errno \(err))", at: sourceName.map { SourceLocation(file: $0) })
            }
            pending = []
        }
        let rest = UnsafeBufferPointer(rebasing: input[start...])
        let (used, err) = runIconv(rest, into: &out)
        switch err {
        case 0: break
        case EINVAL: pending = Array(rest[used...])
        case EILSEQ:
            throw invalidBytes(at: inputOffset + start + used, bytes: Array(rest[used...].prefix(2)), what: "CP949")
        default:
            throw WortError.io("iconv failed (errno \(err))", at: sourceName.map { SourceLocation(file: $0) })
        }
        pendingOffset = inputOffset + input.count - pending.count
        if isLast {
            if !pending.isEmpty { throw incomplete(at: pendingOffset, what: "CP949") }
            flushIconv(into: &out)
        }
        return out
    }

    /// Converts as much of `src` as possible, appending to `out`. Returns how many bytes
    /// were consumed and 0, or the errno that stopped it (EINVAL: incomplete character at
    /// the end, EILSEQ: invalid sequence at `consumed`).
    private func runIconv(_ src: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) -> (consumed: Int, errno: Int32) {
        guard let base = src.baseAddress, src.count > 0, let scratch else { return (0, 0) }
        var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(mutating: base)
            .assumingMemoryBound(to: CChar.self)
        var inLeft = src.count
        while inLeft > 0 {
            var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(scratch).assumingMemoryBound(to: CChar.self)
            var outLeft = scratchSize
            let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
            let e = errno
            out.append(contentsOf: UnsafeBufferPointer(start: scratch, count: scratchSize - outLeft))
            if r == -1 && e != E2BIG { return (src.count - inLeft, e) }
        }
        return (src.count, 0)
    }

    private func flushIconv(into out: inout [UInt8]) {
        guard let scratch else { return }
        var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(scratch).assumingMemoryBound(to: CChar.self)
        var outLeft = scratchSize
        _ = iconv(cd, nil, nil, &outPtr, &outLeft)
        out.append(contentsOf: UnsafeBufferPointer(start: scratch, count: scratchSize - outLeft))
    }

    // MARK: Errors

    private func invalidBytes(at offset: Int, bytes: [UInt8], what: String) -> WortError {
        let hex = bytes.map { b in
            let h = String(b, radix: 16, uppercase: true)
            return h.count == 1 ? "0" + h : h
        }.joined(separator: " ")
        return WortError.data(
            "invalid \(what) at byte offset \(offset) (bytes \(hex))",
            at: sourceName.map { SourceLocation(file: $0) },
            hint: "the input may be in another encoding; name it explicitly (one of: \(TextEncoding.namesForHelp))")
    }

    private func incomplete(at offset: Int, what: String) -> WortError {
        WortError.data(
            "input ends in the middle of a \(what) character at byte offset \(offset)",
            at: sourceName.map { SourceLocation(file: $0) },
            hint: "the file may be truncated or in another encoding")
    }
}

/// Explicitly not Sendable (see the type's documentation).
@available(*, unavailable)
extension Transcoder: Sendable {}

/// Windows-1252 and ISO-8859-1 to UTF-8.
enum SingleByteDecoder {
    /// Windows-1252 code points for bytes 0x80–0x9F; the five undefined bytes map to the
    /// C1 control of the same value. Bytes 0xA0–0xFF are the same code point in both.
    static let windows1252High: [UInt16] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    static func decode(_ input: UnsafeBufferPointer<UInt8>, windows1252: Bool) -> [UInt8] {
        // Pass 1: exact output size. Pass 2: write.
        var size = 0
        for b in input {
            size += b < 0x80 ? 1 : (windows1252 && b < 0xA0 && windows1252High[Int(b) - 0x80] >= 0x800) ? 3 : 2
        }
        if size == input.count { return Array(input) }
        return [UInt8](unsafeUninitializedCapacity: size) { out, count in
            var j = 0
            for b in input {
                if b < 0x80 { out[j] = b; j += 1; continue }
                let cp: UInt32 = windows1252 && b < 0xA0 ? UInt32(windows1252High[Int(b) - 0x80]) : UInt32(b)
                if cp < 0x800 {
                    out[j] = UInt8(0xC0 | (cp >> 6)); out[j + 1] = UInt8(0x80 | (cp & 0x3F)); j += 2
                } else {
                    out[j] = UInt8(0xE0 | (cp >> 12)); out[j + 1] = UInt8(0x80 | ((cp >> 6) & 0x3F))
                    out[j + 2] = UInt8(0x80 | (cp & 0x3F)); j += 3
                }
            }
            count = j
        }
    }
}
