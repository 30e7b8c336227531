import WortCore

/// Errors about a recipe's structure: `WortError(.data, "step N: …", at: file:line:column)`.
enum RecipeError {
    static func at(_ file: String, _ line: Int, _ column: Int, step: Int?, _ message: String) -> WortError {
        let text = step.map { "step \($0): \(message)" } ?? message
        return WortError(.data, text, at: SourceLocation(file: file, line: line, column: column))
    }
}
