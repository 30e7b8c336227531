import Foundation

/// Text of a file under Tests/WortRecipeTests/Golden/.
func golden(_ name: String, filePath: String = #filePath) throws -> String {
    let url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden").appendingPathComponent(name)
    return try String(contentsOf: url, encoding: .utf8)
}
