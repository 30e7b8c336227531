/// A value as a report shows it: JSON numbers for numeric columns, strings otherwise.
public enum ProfileValue: Sendable, Equatable, CustomStringConvertible {
    case int(Int64)
    case double(Double)
    case text(String)
    case bool(Bool)

    public var description: String {
        switch self {
        case .int(let v): String(v)
        case .double(let v): NumberText.format(v)
        case .text(let s): s
        case .bool(let b): b ? "true" : "false"
        }
    }
}
