import WortCore

/// A parsed JSON value with the place it starts in the source (1-based line and column,
/// columns counted in Unicode scalars). Objects keep their members in source order and
/// numbers keep their source text, which is what a recipe needs to survive a round trip.
public struct JSONNode: Sendable, Equatable {
    public indirect enum Kind: Sendable, Equatable {
        case null
        case bool(Bool)
        /// The number exactly as written in the source.
        case number(String)
        case string(String)
        case array([JSONNode])
        case object([JSONMember])
    }

    public var kind: Kind
    public var line: Int
    public var column: Int

    public init(_ kind: Kind, line: Int = 0, column: Int = 0) {
        self.kind = kind; self.line = line; self.column = column
    }

    /// Compact JSON text: no spaces, members in order, numbers as written.
    public var compactText: String {
        var out = ""
        writeCompact(into: &out)
        return out
    }

    func writeCompact(into out: inout String) {
        switch kind {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let text): out += text
        case .string(let s): out += JSONString.quoted(s)
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                item.writeCompact(into: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (i, m) in members.enumerated() {
                if i > 0 { out += "," }
                out += JSONString.quoted(m.key)
                out += ":"
                m.value.writeCompact(into: &out)
            }
            out += "}"
        }
    }
}

/// One `"key": value` pair of a JSON object, with the place of its key.
public struct JSONMember: Sendable, Equatable {
    public var key: String
    public var value: JSONNode
    public var line: Int
    public var column: Int

    public init(key: String, value: JSONNode, line: Int = 0, column: Int = 0) {
        self.key = key; self.value = value; self.line = line; self.column = column
    }
}

/// A small strict JSON parser (RFC 8259) with a nesting limit. Errors are
/// `WortError(.data, "malformed JSON: …", at: file:line:column)`.
public struct RecipeJSONParser {
    public static let maxDepth = 64

    private let bytes: [UInt8]
    private let file: String
    private var pos = 0
    private var line = 1
    private var column = 1

    public static func parse(_ text: String, file: String) throws -> JSONNode {
        try parse(bytes: Array(text.utf8), file: file)
    }

    /// Parses raw file bytes; invalid UTF-8 inside a string is an error, not replaced.
    public static func parse(bytes: [UInt8], file: String) throws -> JSONNode {
        var p = RecipeJSONParser(bytes: bytes, file: file)
        return try p.parseDocument()
    }

    private init(bytes: [UInt8], file: String) {
        self.bytes = bytes; self.file = file
    }

    private mutating func parseDocument() throws -> JSONNode {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { pos = 3 }  // UTF-8 byte order mark
        skipWhitespace()
        if pos >= bytes.count { throw error("the file is empty") }
        let value = try parseValue(depth: 0)
        skipWhitespace()
        if pos < bytes.count { throw error("unexpected \(describeCurrent()) after the end of the JSON value") }
        return value
    }

    private func error(_ message: String) -> WortError {
        WortError(.data, "malformed JSON: \(message)", at: SourceLocation(file: file, line: line, column: column))
    }

    private func describeCurrent() -> String {
        guard pos < bytes.count else { return "end of input" }
        let b = bytes[pos]
        if b >= 0x21 && b < 0x7F { return "'\(Character(Unicode.Scalar(b)))'" }
        return "byte 0x\(String(b, radix: 16))"
    }

    private var current: UInt8? { pos < bytes.count ? bytes[pos] : nil }

    private mutating func advance() {
        let b = bytes[pos]
        pos += 1
        if b == UInt8(ascii: "\n") {
            line += 1; column = 1
        } else if b & 0xC0 != 0x80 {
            column += 1   // count scalars, not continuation bytes
        }
    }

    private mutating func skipWhitespace() {
        while let b = current, b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { advance() }
    }

    private mutating func expect(_ c: Character) throws {
        guard let b = current, b == c.asciiValue! else {
            throw error("expected '\(c)' but found \(describeCurrent())")
        }
        advance()
    }

    private mutating func parseValue(depth: Int) throws -> JSONNode {
        let startLine = line, startColumn = column
        guard let b = current else { throw error("unexpected end of input, expected a value") }
        let kind: JSONNode.Kind
        switch b {
        case UInt8(ascii: "{"): kind = try parseObject(depth: depth + 1)
        case UInt8(ascii: "["): kind = try parseArray(depth: depth + 1)
        case UInt8(ascii: "\""): kind = .string(try parseString())
        case UInt8(ascii: "t"): try parseLiteral("true"); kind = .bool(true)
        case UInt8(ascii: "f"): try parseLiteral("false"); kind = .bool(false)
        case UInt8(ascii: "n"): try parseLiteral("null"); kind = .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): kind = .number(try parseNumber())
        default: throw error("unexpected \(describeCurrent()), expected a value")
        }
        return JSONNode(kind, line: startLine, column: startColumn)
    }

    private mutating func parseLiteral(_ word: String) throws {
        for c in word.utf8 {
            guard current == c else { throw error("invalid literal, expected '\(word)'") }
            advance()
        }
    }

    private mutating func parseObject(depth: Int) throws -> JSONNode.Kind {
        if depth > Self.maxDepth { throw error("nesting deeper than \(Self.maxDepth) levels") }
        advance()  // {
        var members: [JSONMember] = []
        skipWhitespace()
        if current == UInt8(ascii: "}") { advance(); return .object(members) }
        while true {
            skipWhitespace()
            let keyLine = line, keyColumn = column
            guard current == UInt8(ascii: "\"") else {
                throw error("expected a quoted key but found \(describeCurrent())")
            }
            let key = try parseString()
            skipWhitespace()
            try expect(":")
            skipWhitespace()
            let value = try parseValue(depth: depth)
            members.append(JSONMember(key: key, value: value, line: keyLine, column: keyColumn))
            skipWhitespace()
            if current == UInt8(ascii: ",") { advance(); continue }
            if current == UInt8(ascii: "}") { advance(); return .object(members) }
            throw error("expected ',' or '}' but found \(describeCurrent())")
        }
    }

    private mutating func parseArray(depth: Int) throws -> JSONNode.Kind {
        if depth > Self.maxDepth { throw error("nesting deeper than \(Self.maxDepth) levels") }
        advance()  // [
        var items: [JSONNode] = []
        skipWhitespace()
        if current == UInt8(ascii: "]") { advance(); return .array(items) }
        while true {
            skipWhitespace()
            items.append(try parseValue(depth: depth))
            skipWhitespace()
            if current == UInt8(ascii: ",") { advance(); continue }
            if current == UInt8(ascii: "]") { advance(); return .array(items) }
            throw error("expected ',' or ']' but found \(describeCurrent())")
        }
    }

    private mutating func parseNumber() throws -> String {
        let start = pos
        if current == UInt8(ascii: "-") { advance() }
        guard let first = current, isDigit(first) else { throw error("invalid number") }
        if first == UInt8(ascii: "0") {
            advance()
            if let b = current, isDigit(b) { throw error("invalid number: leading zero") }
        } else {
            while let b = current, isDigit(b) { advance() }
        }
        if current == UInt8(ascii: ".") {
            advance()
            guard let b = current, isDigit(b) else { throw error("invalid number: digit expected after '.'") }
            while let b = current, isDigit(b) { advance() }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            advance()
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { advance() }
            guard let b = current, isDigit(b) else { throw error("invalid number: digit expected in exponent") }
            while let b = current, isDigit(b) { advance() }
        }
        return String(decoding: bytes[start..<pos], as: UTF8.self)
    }

    private func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }

    private mutating func parseString() throws -> String {
        advance()  // opening quote
        var out: [UInt8] = []
        while true {
            guard let b = current else { throw error("unterminated string") }
            if b == UInt8(ascii: "\"") { advance(); break }
            if b < 0x20 { throw error("control character in string (escape it as \\u00\(b < 16 ? "0" : "")\(String(b, radix: 16)))") }
            if b != UInt8(ascii: "\\") { out.append(b); advance(); continue }
            advance()
            guard let e = current else { throw error("unterminated string") }
            switch e {
            case UInt8(ascii: "\""): out.append(0x22)
            case UInt8(ascii: "\\"): out.append(0x5C)
            case UInt8(ascii: "/"): out.append(0x2F)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                advance()
                var scalar = try parseHex4()
                if (0xD800...0xDBFF).contains(scalar) {
                    guard current == UInt8(ascii: "\\") else { throw error("unpaired surrogate in \\u escape") }
                    advance()
                    guard current == UInt8(ascii: "u") else { throw error("unpaired surrogate in \\u escape") }
                    advance()
                    let low = try parseHex4()
                    guard (0xDC00...0xDFFF).contains(low) else { throw error("unpaired surrogate in \\u escape") }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(scalar) {
                    throw error("unpaired surrogate in \\u escape")
                }
                out.append(contentsOf: Array(String(Unicode.Scalar(scalar)!).utf8))
                continue  // parseHex4 already advanced
            default:
                throw error("invalid escape '\\\(Character(Unicode.Scalar(e)))'")
            }
            advance()
        }
        guard let s = String(validating: out, as: UTF8.self) else { throw error("invalid UTF-8 in string") }
        return s
    }

    private mutating func parseHex4() throws -> UInt32 {
        var v: UInt32 = 0
        for _ in 0..<4 {
            guard let b = current else { throw error("unterminated \\u escape") }
            let d: UInt32
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt32(b - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = UInt32(b - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): d = UInt32(b - UInt8(ascii: "A") + 10)
            default: throw error("invalid hex digit in \\u escape")
            }
            v = v * 16 + d
            advance()
        }
        return v
    }
}
