/// How a delimited text file is written.
public struct CSVDialect: Sendable, Equatable, CustomStringConvertible {
    public var delimiter: UInt8
    public var quote: UInt8
    public var hasHeader: Bool

    public init(delimiter: UInt8 = UInt8(ascii: ","), quote: UInt8 = UInt8(ascii: "\""), hasHeader: Bool = true) {
        self.delimiter = delimiter; self.quote = quote; self.hasHeader = hasHeader
    }

    public static func delimiterName(_ d: UInt8) -> String {
        switch d {
        case 0x09: "tab"
        case 0x2C: "comma"
        case 0x3B: "semicolon"
        case 0x7C: "pipe"
        default: "'\(String(UnicodeScalar(d)))'"
        }
    }

    public var description: String {
        "delimiter \(Self.delimiterName(delimiter)), quote \(String(UnicodeScalar(quote))), \(hasHeader ? "header" : "no header")"
    }

    /// Parses a `--delimiter` argument: one ASCII character or a name (tab, comma, ...).
    public static func parseDelimiter(_ s: String) -> UInt8? {
        switch s.lowercased() {
        case "tab", "\\t", "\t": return 0x09
        case "comma": return 0x2C
        case "semicolon": return 0x3B
        case "pipe": return 0x7C
        default:
            let u = Array(s.utf8)
            guard u.count == 1, u[0] < 0x80, u[0] != 0x0A, u[0] != 0x0D, u[0] != 0x22 else { return nil }
            return u[0]
        }
    }
}
