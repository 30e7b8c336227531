import WortCore

/// The file formats Wort reads and writes, chosen by extension or `--from`/`--to`.
public enum TableFormat: String, Sendable, CaseIterable {
    case csv, tsv, json, jsonl, parquet, xlsx

    public init?(name: String) {
        switch name.lowercased() {
        case "csv", "txt": self = .csv
        case "tsv", "tab": self = .tsv
        case "json": self = .json
        case "jsonl", "ndjson", "jsonlines": self = .jsonl
        case "parquet", "pq": self = .parquet
        case "xlsx", "xlsm": self = .xlsx
        default: return nil
        }
    }

    /// From a path's extension; nil when it names no format.
    public init?(path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        self.init(name: String(path[path.index(after: dot)...]))
    }

    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// Guesses the format of a file without a telling extension from its first bytes:
    /// Parquet's magic, a zip (an .xlsx), JSON's { or [ (after blanks), else delimited text.
    static func sniff(_ head: [UInt8]) -> TableFormat {
        if head.starts(with: Array("PAR1".utf8)) { return .parquet }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .xlsx }
        let first = head.first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
        return first == UInt8(ascii: "{") || first == UInt8(ascii: "[") ? .jsonl : .csv
    }
}
