/// Where in an input a problem is: file, 1-based line and column where known.
public struct SourceLocation: Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?

    public init(file: String, line: Int? = nil, column: Int? = nil) {
        self.file = file; self.line = line; self.column = column
    }

    public var description: String {
        var s = file
        if let line { s += ":\(line)" }
        if let line = line, let column { _ = line; s += ":\(column)" }
        return s
    }
}

/// An error the user can act on. `description` is the whole message, place first.
public struct WortError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The input data is bad (exit 1).
        case data
        /// The command line asks for something impossible (exit 2).
        case usage
        /// Reading or writing a file failed (exit 1).
        case io
    }

    public var kind: Kind
    public var location: SourceLocation?
    public var message: String
    public var hint: String?

    public init(_ kind: Kind, _ message: String, at location: SourceLocation? = nil, hint: String? = nil) {
        self.kind = kind; self.message = message; self.location = location; self.hint = hint
    }

    public var description: String {
        var s = location.map { "\($0): " } ?? ""
        s += message
        if let hint { s += "\n  hint: \(hint)" }
        return s
    }

    public static func data(_ message: String, at location: SourceLocation? = nil, hint: String? = nil) -> WortError {
        WortError(.data, message, at: location, hint: hint)
    }
    public static func usage(_ message: String, hint: String? = nil) -> WortError {
        WortError(.usage, message, hint: hint)
    }
    public static func io(_ message: String, at location: SourceLocation? = nil) -> WortError {
        WortError(.io, message, at: location)
    }
}
