import WortCore

/// The file formats Wort reads and writes, chosen by extension or `--from`/`--to`.
public enum TableFormat: String, Sendable, CaseIterable {
    case csv, tsv, json, jsonl

    public init?(name: String) {
        switch name.lowercased() {
        case "csv", "txt": self = .csv
        case "tsv", "tab": self = .tsv
        case "json": self = .json
        case "jsonl", "ndjson", "jsonlines": self = .jsonl
        default: return nil
        }
    }

    /// From a path's extension; nil when it names no format.
    public init?(path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        self.init(name: String(path[path.index(after: dot)...]))
    }

    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// Guesses text input without an extension (stdin): JSON when it starts with { or [.
    static func sniff(_ first: UInt8?) -> TableFormat {
        first == UInt8(ascii: "{") || first == UInt8(ascii: "[") ? .jsonl : .csv
    }
}
