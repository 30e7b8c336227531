import WortRecipe

/// The characters a MASK_* step replaces, by its `alphabet` (what it preserves), as the
/// regex classes Wort's masking follows (WortRecipe's MaskAlphabet). Whitespace is
/// U+0009–U+000D plus the Unicode separators (`\p{Z}`), spelt out: RE2's `\s` leaves out
/// U+000B, which Wort and Java count.
enum MaskClass {
    static func regex(_ l: inout Lowering) -> String {
        guard l.params.parameters["alphabet"] != nil, let list = l.params.stringList("alphabet") else {
            l.params.ignore("alphabet")
            return "(?s)."
        }
        let names = Set(list.map { $0.uppercased() })
        switch (names.contains("SYMBOLS"), names.contains("WHITESPACE")) {
        case (true, true): return "[\\p{L}\\p{N}]"
        case (true, false): return "[\\p{L}\\p{N}\\x{9}-\\x{D}\\p{Z}]"
        case (false, true): return "[^\\x{9}-\\x{D}\\p{Z}]"
        default: return "(?s)."
        }
    }
}
