/// The logical type of a column. Physical storage per type is in `ColumnValues`.
public enum DataType: Hashable, Sendable, CustomStringConvertible {
    case string
    case int64
    case double
    /// Fixed-point number stored as an unscaled `Int64` (precision ≤ 18).
    case decimal(precision: Int, scale: Int)
    case bool
    /// Days since 1970-01-01.
    case date
    /// Microseconds since 1970-01-01T00:00:00, no time zone (UTC when the source said so).
    case timestamp

    public var description: String {
        switch self {
        case .string: "string"
        case .int64: "int64"
        case .double: "double"
        case .decimal(let p, let s): "decimal(\(p),\(s))"
        case .bool: "bool"
        case .date: "date"
        case .timestamp: "timestamp"
        }
    }

    /// Parses the names `description` produces (and a few common aliases).
    public init?(name: String) {
        let n = name.lowercased()
        switch n {
        case "string", "text", "varchar": self = .string
        case "int64", "int", "integer", "bigint": self = .int64
        case "double", "float", "float64": self = .double
        case "bool", "boolean": self = .bool
        case "date": self = .date
        case "timestamp", "datetime": self = .timestamp
        default:
            guard n.hasPrefix("decimal(") && n.hasSuffix(")") else { return nil }
            let inner = n.dropFirst(8).dropLast().split(separator: ",")
            guard inner.count == 2, let p = Int(inner[0]), let s = Int(inner[1]),
                  (1...18).contains(p), (0...p).contains(s) else { return nil }
            self = .decimal(precision: p, scale: s)
        }
    }
}
