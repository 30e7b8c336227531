/// Case mapping as Wort does it (Swift's full Unicode mapping: ß → SS, ﬁ → FI, İ → i̇).
/// Spark maps fully too; DuckDB maps one code point to one, so the special cases that
/// change length are spelt out before its `upper`/`lower` (scale-out.md §2.4 #2).
/// Left different: Spark's final sigma (ΣΑΣ → σας; Wort and DuckDB give σασ).
extension SQLDialect {
    public func upper(_ e: String) -> String {
        switch self {
        case .spark: return "upper(\(e))"
        case .duckdb:
            var x = e
            for (from, to) in Self.upperSpecial { x = "replace(\(x), \(string(from)), \(string(to)))" }
            return "upper(\(x))"
        }
    }

    public func lower(_ e: String) -> String {
        switch self {
        case .spark: return "lower(\(e))"
        case .duckdb: return "lower(replace(\(e), 'İ', 'i̇'))"
        }
    }

    /// SpecialCasing.txt's unconditional upper-case mappings of Latin letters.
    static let upperSpecial: [(String, String)] = [
        ("ß", "SS"), ("ﬀ", "FF"), ("ﬁ", "FI"), ("ﬂ", "FL"), ("ﬃ", "FFI"), ("ﬄ", "FFL"),
        ("ﬅ", "ST"), ("ﬆ", "ST"), ("ŉ", "ʼN"),
    ]
}
