import WortCore

/// Reads a recipe file in any form Wort understands: DataBrew JSON (every lenient form of
/// `RecipeJSONReader`) or DataBrew YAML, told apart by the extension, else by the content
/// (JSON starts with `[` or `{`).
public enum RecipeReader {
    public static func read(bytes: [UInt8], file: String) throws -> Recipe {
        let lower = file.lowercased()
        if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") || !looksLikeJSON(bytes) {
            var b = bytes[...]
            if b.starts(with: [0xEF, 0xBB, 0xBF]) { b = b.dropFirst(3) }
            guard let text = String(validating: b, as: UTF8.self) else {
                throw WortError.data("recipe is not UTF-8 text", at: SourceLocation(file: file))
            }
            return try RecipeYAMLReader.read(text, file: file)
        }
        return try RecipeJSONReader.read(bytes: bytes, file: file)
    }

    private static func looksLikeJSON(_ bytes: [UInt8]) -> Bool {
        for b in bytes.prefix(4096) {
            switch b {
            case 0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF: continue
            case UInt8(ascii: "["), UInt8(ascii: "{"): return true
            default: return false
            }
        }
        return true
    }
}
