import WortCore

/// Turns byte offsets of a JSON input into `WortError`s with 1-based line and column.
///
/// Lines are counted lazily (only when an error is raised), so the hot parsing loops never
/// track them. Lines end at LF (a CRLF counts once). Columns count Unicode scalars (for
/// ASCII that is the byte), starting after a UTF-8 BOM on line 1. At the end of the input
/// the location is just past the last byte.
struct JSONErrorContext {
    let file: String
    let bytes: UnsafeBufferPointer<UInt8>
    /// 3 when the input starts with a UTF-8 BOM, else 0.
    let bomLength: Int

    func location(of offset: Int) -> SourceLocation {
        let end = min(max(offset, 0), bytes.count)
        var line = 1
        var lineStart = bomLength
        var i = 0
        while i < end {
            if bytes[i] == 0x0A { line += 1; lineStart = i + 1 }
            i += 1
        }
        var column = 1
        var k = min(lineStart, end)
        while k < end {
            if bytes[k] & 0xC0 != 0x80 { column += 1 }
            k += 1
        }
        return SourceLocation(file: file, line: line, column: column)
    }

    func error(_ message: String, at offset: Int) -> WortError {
        WortError.data(message, at: location(of: offset))
    }

    /// What is at `offset`, for "found ..." in messages.
    func describe(_ offset: Int) -> String {
        guard offset < bytes.count else { return "end of input" }
        let c = bytes[offset]
        switch c {
        case 0x0A: return "a line break"
        case 0x0D: return "a carriage return"
        case 0x09: return "a tab"
        case 0x21...0x7E: return "'\(Character(Unicode.Scalar(c)))'"
        case 0x20: return "a space"
        default:
            if c < 0x20 || c == 0x7F { return "control character U+\(hex4(UInt32(c)))" }
            if let scalar = decodeScalar(at: offset) { return "'\(Character(scalar))' (U+\(hex4(scalar.value)))" }
            return "byte 0x\(String(c, radix: 16, uppercase: true)) (not valid UTF-8)"
        }
    }

    private func decodeScalar(at offset: Int) -> Unicode.Scalar? {
        let n = min(4, bytes.count - offset)
        let slice = UnsafeBufferPointer(rebasing: bytes[offset..<(offset + n)])
        var it = slice.makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let s) = decoder.decode(&it) { return s }
        return nil
    }
}

@inline(__always)
func hex4(_ v: UInt32) -> String {
    let s = String(v, radix: 16, uppercase: true)
    return s.count >= 4 ? s : String(repeating: "0", count: 4 - s.count) + s
}
