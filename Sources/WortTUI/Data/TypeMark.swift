import WortCore

/// The one-character mark a column header carries for its type.
public enum TypeMark {
    public static func of(_ type: DataType) -> Character {
        switch type {
        case .string: " "
        case .int64: "#"
        case .double: "."
        case .decimal: "$"
        case .bool: "?"
        case .date, .timestamp: "@"
        }
    }

    /// Numbers read best right-aligned, so that digits line up.
    public static func alignsRight(_ type: DataType) -> Bool {
        switch type {
        case .int64, .double, .decimal: true
        default: false
        }
    }
}
