/// REMOVE_COMBINED: Wort's chain (WortRecipe's RemoveCombined), one `regexp_replace` per
/// link, each with DuckDB's 'g' flag:
/// 1. `removeCustomValue`: every occurrence of `customValue`, left to right (`replace`);
/// 2. one class of the characters the flags select: whitespace `[\t-\r\p{Z}]`,
///    punctuation `. ! , ?`, quotes `' "`, letters `\p{L}`, numbers `\p{N}`, special
///    characters (all ASCII punctuation), each of `customCharacters`;
/// 3. leading and trailing characters of the selected edge kinds, `^[…]+|[…]+\z`;
/// 4. `collapseConsecutiveWhitespace`: each whitespace run becomes one space.
enum RemoveCombinedLowering: StepLowering {
    static let operation = "REMOVE_COMBINED"

    static func lower(_ l: inout Lowering) throws -> String {
        let c = l.params.string("sourceColumn") ?? ""
        let d = l.dialect
        var t = l.wortText(c)
        func flag(_ name: String) -> Bool { l.params.bool(name, default: false) }
        if flag("removeCustomValue") {
            t = "replace(\(t), \(l.lit(l.params.string("customValue") ?? "")), '')"
        } else {
            l.params.ignore("customValue")
        }
        let whitespace = "\\x{9}-\\x{D}\\p{Z}", punctuation = "\\.!,\\?", quotes = "'\""
        var anywhere = ""
        if flag("removeCustomCharacters") {
            for u in (l.params.string("customCharacters") ?? "").unicodeScalars {
                anywhere += "\\x{" + String(u.value, radix: 16, uppercase: true) + "}"
            }
        } else {
            l.params.ignore("customCharacters")
        }
        if flag("removeAllWhitespace") { anywhere += whitespace }
        if flag("removeAllPunctuation") { anywhere += punctuation }
        if flag("removeAllQuotes") { anywhere += quotes }
        if flag("removeLetters") { anywhere += "\\p{L}" }
        if flag("removeNumbers") { anywhere += "\\p{N}" }
        if flag("removeSpecialCharacters") { anywhere += "!-/:-@\\[-`\\{-~" }
        if !anywhere.isEmpty { t = d.replaceAll(t, d.string("[" + anywhere + "]"), "''") }
        var edges = ""
        if flag("removeLeadingAndTrailingWhitespace") { edges += whitespace }
        if flag("removeLeadingAndTrailingPunctuation") { edges += punctuation }
        if flag("removeLeadingAndTrailingQuotes") { edges += quotes }
        if !edges.isEmpty { t = d.replaceAll(t, d.string("^[" + edges + "]+|[" + edges + "]+\\z"), "''") }
        if flag("collapseConsecutiveWhitespace") { t = d.replaceAll(t, d.string("[" + whitespace + "]+"), "' '") }
        return l.project([c: t])
    }
}
