import WortCore

/// Reads a recipe file in any form Wort understands, by its content: DataBrew JSON
/// (every lenient form of `RecipeJSONReader`).
public enum RecipeReader {
    public static func read(bytes: [UInt8], file: String) throws -> Recipe {
        try RecipeJSONReader.read(bytes: bytes, file: file)
    }
}
