import WortCore

/// Byte-level JSON (RFC 8259) tokenizer over an in-memory buffer.
///
/// Validates everything it reads: string escapes (including `\uXXXX` surrogate pairs;
/// lone surrogates are an error), raw control characters in strings (an error), UTF-8
/// (overlong forms, encoded surrogates and code points past U+10FFFF are errors), the
/// number grammar (no leading zeros, no `+`, no `NaN`/`Infinity`), and the literals.
/// Nested arrays and objects are read without recursion (an explicit stack) up to
/// `maxDepth` levels.
struct JSONScanner {
    /// Deepest nesting accepted; deeper input is an error, never a stack overflow.
    static let maxDepth = 10_000

    let bytes: UnsafeBufferPointer<UInt8>
    let count: Int
    var pos: Int
    let context: JSONErrorContext
    /// Open brackets of the value being read by `readNested` ('[' or '{').
    private var stack: [UInt8] = []

    init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
        self.bytes = bytes
        count = bytes.count
        var bom = 0
        if count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { bom = 3 }
        pos = bom
        context = JSONErrorContext(file: file, bytes: bytes, bomLength: bom)
    }

    var atEnd: Bool { pos >= count }

    func error(_ message: String, at offset: Int) -> WortError { context.error(message, at: offset) }

    /// "expected X, found Y" at `offset`.
    func unexpected(_ expected: String, at offset: Int) -> WortError {
        context.error("expected \(expected), found \(context.describe(offset))", at: offset)
    }

    @inline(__always)
    mutating func skipWhitespace() {
        while pos < count {
            let c = bytes[pos]
            if c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { pos += 1 } else { return }
        }
    }

    // MARK: Strings

    /// Reads the string whose opening quote is at `pos`, leaving `pos` after the closing
    /// quote. With `decode`, appends the decoded UTF-8 content (without quotes) to `out`;
    /// otherwise only validates.
    @inline(__always)
    mutating func readString(into out: inout [UInt8], decode: Bool) throws {
        let open = pos
        pos += 1
        var runStart = pos
        let base = bytes.baseAddress!
        while true {
            // 8 plain bytes at a time: no quote, backslash, control or non-ASCII byte.
            while pos &+ 8 <= count {
                let w = UnsafeRawPointer(base + pos).loadUnaligned(as: UInt64.self)
                let lo: UInt64 = 0x0101_0101_0101_0101, hi: UInt64 = 0x8080_8080_8080_8080
                let quote = w ^ (lo &* 0x22), backslash = w ^ (lo &* 0x5C)
                let special = (w | ((w &- lo &* 0x20) & ~w)
                    | ((quote &- lo) & ~quote) | ((backslash &- lo) & ~backslash)) & hi
                if special != 0 { break }
                pos &+= 8
            }
            guard pos < count else { throw error("unterminated string (the input ends before its closing quote)", at: open) }
            let c = bytes[pos]
            if c == 0x22 {
                if decode && pos > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<pos])) }
                pos += 1
                return
            }
            if c == 0x5C {
                if decode && pos > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<pos])) }
                try readEscape(into: &out, decode: decode)
                runStart = pos
                continue
            }
            if c < 0x20 {
                let name = c == 0x0A ? " (a line break; write it as \\n)" : c == 0x09 ? " (a tab; write it as \\t)" : c == 0x0D ? " (a carriage return; write it as \\r)" : ""
                throw error("control character U+\(hex4(UInt32(c)))\(name) is not allowed inside a string; escape it", at: pos)
            }
            if c < 0x80 { pos += 1; continue }
            try skipUTF8Sequence()
        }
    }

    /// Validates the multi-byte UTF-8 sequence at `pos` and moves past it.
    @inline(__always)
    mutating func skipUTF8Sequence() throws {
        let len = UTF8Validation.sequenceLength(bytes, at: pos)
        guard len > 0 else { throw invalidUTF8(at: pos) }
        pos += len
    }

    func invalidUTF8(at offset: Int) -> WortError {
        error("invalid UTF-8 (byte 0x\(String(bytes[offset], radix: 16, uppercase: true))); JSON text must be UTF-8", at: offset)
    }

    /// The escape whose backslash is at `pos`. Errors point at the backslash.
    @inline(__always)
    private mutating func readEscape(into out: inout [UInt8], decode: Bool) throws {
        let start = pos
        guard pos + 1 < count else { throw error("unterminated string (the input ends inside an escape)", at: start) }
        let e = bytes[pos + 1]
        var byte: UInt8
        switch e {
        case 0x22, 0x5C, 0x2F: byte = e
        case 0x62: byte = 0x08 // b
        case 0x66: byte = 0x0C // f
        case 0x6E: byte = 0x0A // n
        case 0x72: byte = 0x0D // r
        case 0x74: byte = 0x09 // t
        case 0x75: // u
            let unit = try hexEscape(at: start)
            pos = start + 6
            var scalar = unit
            if unit >= 0xD800 && unit < 0xDC00 {
                guard pos + 1 < count, bytes[pos] == 0x5C, bytes[pos + 1] == 0x75,
                      let low = try? hexEscape(at: pos), low >= 0xDC00 && low < 0xE000 else {
                    throw error("lone surrogate \\u\(hex4(unit)): a high surrogate must be followed by a \\uDC00-\\uDFFF escape", at: start)
                }
                scalar = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                pos += 6
            } else if unit >= 0xDC00 && unit < 0xE000 {
                throw error("lone surrogate \\u\(hex4(unit)): a low surrogate must follow a high surrogate", at: start)
            }
            if decode { appendUTF8(scalar, to: &out) }
            return
        default:
            let what = context.describe(start + 1)
            throw error("invalid escape \\\(e >= 0x21 && e <= 0x7E ? String(Character(Unicode.Scalar(e))) : "") in string (found \(what) after the backslash); valid escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX", at: start)
        }
        if decode { out.append(byte) }
        pos = start + 2
    }

    /// The 4 hex digits of the `\u` escape whose backslash is at `start`.
    private func hexEscape(at start: Int) throws -> UInt32 {
        var v: UInt32 = 0
        for k in 2..<6 {
            guard start + k < count else {
                throw error("unterminated string (the input ends inside a \\u escape)", at: start)
            }
            let c = bytes[start + k]
            let d: UInt32
            switch c {
            case 0x30...0x39: d = UInt32(c - 0x30)
            case 0x41...0x46: d = UInt32(c - 0x41 + 10)
            case 0x61...0x66: d = UInt32(c - 0x61 + 10)
            default: throw error("invalid \\u escape: expected 4 hex digits", at: start)
            }
            v = v << 4 | d
        }
        return v
    }

    @inline(__always)
    private func appendUTF8(_ s: UInt32, to out: inout [UInt8]) {
        switch s {
        case 0..<0x80: out.append(UInt8(s))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | s >> 6)); out.append(UInt8(0x80 | s & 0x3F))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | s >> 12)); out.append(UInt8(0x80 | s >> 6 & 0x3F)); out.append(UInt8(0x80 | s & 0x3F))
        default:
            out.append(UInt8(0xF0 | s >> 18)); out.append(UInt8(0x80 | s >> 12 & 0x3F))
            out.append(UInt8(0x80 | s >> 6 & 0x3F)); out.append(UInt8(0x80 | s & 0x3F))
        }
    }

    // MARK: Numbers and literals

    /// Reads the number at `pos` (a '-' or a digit). `fitsInt64` is true for an integer
    /// (no fraction, no exponent) within Int64, whose value is then `value`.
    @inline(__always)
    mutating func readNumber() throws -> (fitsInt64: Bool, value: Int64) {
        var negative = false
        if bytes[pos] == 0x2D {
            negative = true
            pos += 1
            guard pos < count, isDigit(bytes[pos]) else { throw unexpected("a digit after '-'", at: pos) }
        }
        var magnitude: UInt64 = 0
        var overflow = false
        if bytes[pos] == 0x30 {
            pos += 1
            if pos < count && isDigit(bytes[pos]) {
                throw error("numbers cannot have leading zeros", at: pos)
            }
        } else {
            var digits = 0
            while pos < count {
                let d = bytes[pos] &- 0x30
                if d > 9 { break }
                magnitude = magnitude &* 10 &+ UInt64(d)
                digits += 1
                pos += 1
            }
            overflow = digits > 19 // 19 digits cannot wrap a UInt64; the Int64 range is checked below
        }
        var integer = true
        if pos < count && bytes[pos] == 0x2E {
            pos += 1
            guard pos < count, isDigit(bytes[pos]) else { throw unexpected("a digit after the decimal point", at: pos) }
            while pos < count && isDigit(bytes[pos]) { pos += 1 }
            integer = false
        }
        if pos < count && (bytes[pos] | 0x20) == 0x65 {
            pos += 1
            if pos < count && (bytes[pos] == 0x2B || bytes[pos] == 0x2D) { pos += 1 }
            guard pos < count, isDigit(bytes[pos]) else { throw unexpected("a digit in the exponent", at: pos) }
            while pos < count && isDigit(bytes[pos]) { pos += 1 }
            integer = false
        }
        guard integer && !overflow else { return (false, 0) }
        if negative {
            if magnitude <= UInt64(Int64.max) { return (true, -Int64(magnitude)) }
            if magnitude == UInt64(Int64.max) + 1 { return (true, Int64.min) }
            return (false, 0)
        }
        return magnitude <= UInt64(Int64.max) ? (true, Int64(magnitude)) : (false, 0)
    }

    /// Reads `true`, `false` or `null` at `pos`; returns its first byte.
    @inline(__always)
    mutating func readLiteral() throws -> UInt8 {
        let first = bytes[pos]
        let word: StaticString = first == 0x74 ? "true" : first == 0x66 ? "false" : "null"
        let n = word.utf8CodeUnitCount
        let w = word.utf8Start
        for k in 0..<n {
            guard pos + k < count, bytes[pos + k] == w[k] else {
                throw error("invalid literal (expected '\(word)', found \(context.describe(pos + k)))", at: pos + k)
            }
        }
        pos += n
        return first
    }

    // MARK: Nested values

    /// Reads the array or object at `pos` (`[` or `{`), validating it. With `capture`,
    /// appends its compact JSON text (whitespace removed, tokens as in the source) to
    /// `out`. `depth` is the nesting depth of the value itself (1 = top level).
    mutating func readNested(into out: inout [UInt8], capture: Bool, depth: Int) throws {
        stack.removeAll(keepingCapacity: true)
        let baseDepth = depth - 1
        var lastComma = 0
        // true: a value is expected at `pos`; false: the value just ended.
        var wantValue = true
        while true {
            if wantValue {
                guard pos < count else { throw unexpected("a value", at: pos) }
                let c = bytes[pos]
                switch c {
                case 0x5B, 0x7B: // [ {
                    if baseDepth + stack.count + 1 > JSONScanner.maxDepth {
                        throw error("nesting deeper than \(JSONScanner.maxDepth) levels", at: pos)
                    }
                    stack.append(c)
                    if capture { out.append(c) }
                    pos += 1
                    skipWhitespace()
                    let close: UInt8 = c == 0x5B ? 0x5D : 0x7D
                    if pos < count && bytes[pos] == close {
                        if capture { out.append(close) }
                        pos += 1
                        stack.removeLast()
                        wantValue = false
                    } else if c == 0x7B {
                        try readMemberKey(into: &out, capture: capture, expected: "a string key or '}'")
                    }
                    continue
                case 0x22:
                    let start = pos
                    try readString(into: &out, decode: false)
                    if capture { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<pos])) }
                case 0x2D, 0x30...0x39:
                    let start = pos
                    _ = try readNumber()
                    if capture { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<pos])) }
                case 0x74, 0x66, 0x6E:
                    let start = pos
                    _ = try readLiteral()
                    if capture { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<pos])) }
                case 0x5D, 0x7D:
                    if stack.last == 0x5B && c == 0x5D && lastComma > 0 {
                        throw error("trailing comma before ']'", at: lastComma)
                    }
                    throw unexpected("a value", at: pos)
                default:
                    throw unexpected("a value", at: pos)
                }
                wantValue = false
            }
            guard let top = stack.last else { return }
            skipWhitespace()
            guard pos < count else {
                throw unexpected(top == 0x5B ? "',' or ']' after array element" : "',' or '}' after object member", at: pos)
            }
            let c = bytes[pos]
            if c == 0x2C {
                if capture { out.append(c) }
                lastComma = pos
                pos += 1
                skipWhitespace()
                if top == 0x7B {
                    if pos < count && bytes[pos] == 0x7D { throw error("trailing comma before '}'", at: lastComma) }
                    try readMemberKey(into: &out, capture: capture, expected: "a string key after ','")
                }
                wantValue = true
            } else if (top == 0x5B && c == 0x5D) || (top == 0x7B && c == 0x7D) {
                if capture { out.append(c) }
                pos += 1
                stack.removeLast()
            } else {
                throw unexpected(top == 0x5B ? "',' or ']' after array element" : "',' or '}' after object member", at: pos)
            }
        }
    }

    /// Inside `readNested`: a member key and its colon, leaving `pos` at the value.
    private mutating func readMemberKey(into out: inout [UInt8], capture: Bool, expected: String) throws {
        guard pos < count, bytes[pos] == 0x22 else { throw unexpected(expected, at: pos) }
        let start = pos
        try readString(into: &out, decode: false)
        if capture { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<pos])) }
        skipWhitespace()
        guard pos < count, bytes[pos] == 0x3A else { throw unexpected("':' after object key", at: pos) }
        if capture { out.append(0x3A) }
        pos += 1
        skipWhitespace()
    }
}

@inline(__always)
func isDigit(_ c: UInt8) -> Bool { c &- 0x30 < 10 }
