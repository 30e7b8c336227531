import Foundation

/// MASK_CUSTOM: every occurrence of `customValue` (literal), or every match of it as a
/// regular expression (`regex` true), has each of its code points replaced by `maskSymbol`.
///
/// Literal: `replace(t, value, symbol × length(value))`; both engines replace left to
/// right without overlaps, as Wort's byte search does.
/// Regex: the text is split at the matches and each match is masked to its length, then
/// the pieces are zipped back (scale-out.md §2.2): `split(t, re)` has one part more than
/// `regexp_extract_all(t, re)`, so an empty last mask is appended. That pairing holds only
/// when no match is empty: Wort refuses a regex that matches the empty text at pre-flight,
/// and this lowering also refuses one that matches empty text between characters (`\b`,
/// lookarounds), where the engines split differently. The pattern is rewritten for the
/// engines' regex flavours (`portableRegex`).
enum MaskCustomLowering: StepLowering {
    static let operation = "MASK_CUSTOM"

    static func lower(_ l: inout Lowering) throws -> String {
        let columns = l.sourceColumnNames()
        let symbol = l.params.optionalString("maskSymbol") ?? "#"
        let value = l.params.string("customValue") ?? ""
        let isRegex = l.params.bool("regex", default: false)
        let d = l.dialect
        var exprs: [String: String] = [:]
        if !isRegex {
            let masked = String(repeating: symbol, count: value.unicodeScalars.count)
            for c in columns { exprs[c] = "replace(\(l.wortText(c)), \(l.lit(value)), \(l.lit(masked)))" }
            return l.project(exprs)
        }
        if let probe = emptyMatch(value) {
            throw l.refuse("the regular expression matches empty text (in '\(probe)'), which Spark and DuckDB split on differently from wort; make every match at least one character", parameter: "customValue")
        }
        let re = try l.portableRegex(value, parameter: "customValue")
        for c in columns {
            let t = l.wortText(c)
            let masks = d.append(d.transform(d.regexMatchList(t, re), "wort_m", d.repeating(l.lit(symbol), d.length("wort_m"))), "''")
            exprs[c] = d.joinList(d.zip(d.regexSplit(t, re), masks) { part, mask in d.concat([part, mask]) })
        }
        return l.project(exprs)
    }

    /// A text in which the regex (as Wort runs it) finds an empty match, if any of a few
    /// probes shows one: single characters of each kind, word boundaries, the pattern's
    /// own characters.
    static func emptyMatch(_ pattern: String) -> String? {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return nil }
        let probes = ["", "a", "ab", "a b", "1", "a1 b2", " ", "-", "\n", "a\nb", "😀", "한글", "ab cd.ef", pattern,
                      String(pattern.unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) })]
        for p in probes {
            let ns = p as NSString
            if regex.matches(in: p, range: NSRange(location: 0, length: ns.length)).contains(where: { $0.range.length == 0 }) {
                return p
            }
        }
        return nil
    }
}
