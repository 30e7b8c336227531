/// MASK_DELIMITER: in each cell, the first `startDelimiter`, then the first `endDelimiter`
/// after it; the text between them (with the delimiters when `preserveDelimiters` is
/// false) is masked by the `alphabet` class. A cell without that pair is unchanged; an
/// omitted (or empty) delimiter means the start or the end of the text.
///
/// Positions come from `strpos`/`instr`, which count code points in both engines; the
/// first byte match of a UTF-8 delimiter is its first code-point match, so they find
/// what Wort's byte search finds. The masked span is cut out with `substring` and masked
/// with the class regex, as MASK_RANGE does.
enum MaskDelimiterLowering: StepLowering {
    static let operation = "MASK_DELIMITER"

    static func lower(_ l: inout Lowering) throws -> String {
        let columns = l.sourceColumnNames()
        let symbol = l.params.optionalString("maskSymbol") ?? "#"
        let start = l.params.optionalString("startDelimiter").flatMap { $0.isEmpty ? nil : $0 }
        let end = l.params.optionalString("endDelimiter").flatMap { $0.isEmpty ? nil : $0 }
        let preserve = l.params.bool("preserveDelimiters", default: true)
        let pattern = try l.regex(MaskClass.regex(&l), parameter: "alphabet")
        let d = l.dialect
        var exprs: [String: String] = [:]
        for c in columns {
            let t = l.wortText(c)
            var found: [String] = []
            // 0-based code point offsets: [s0, s1) the start delimiter, [e0, e1) the end one.
            var s0 = "0", s1 = "0"
            if let start {
                let at = d.position(of: l.lit(start), in: t)
                found.append("\(at) > 0")
                s0 = "(\(at) - 1)"
                s1 = "(\(at) - 1 + \(start.unicodeScalars.count))"
            }
            var e0 = d.length(t), e1 = d.length(t)
            if let end {
                let at = d.position(of: l.lit(end), in: d.substring(t, from: "\(s1) + 1"))
                found.append("\(at) > 0")
                e0 = "(\(s1) + \(at) - 1)"
                e1 = "(\(s1) + \(at) - 1 + \(end.unicodeScalars.count))"
            }
            let from = preserve ? s1 : s0, to = preserve ? e0 : e1
            let masked = d.concat([
                d.substring(t, from: "1", count: from),
                d.replaceAll(d.substring(t, from: "\(from) + 1", count: "\(to) - \(from)"), pattern, d.literalReplacement(symbol)),
                d.substring(t, from: "\(to) + 1"),
            ])
            exprs[c] = found.isEmpty ? masked : "CASE WHEN " + found.joined(separator: " AND ") + " THEN \(masked) ELSE \(t) END"
        }
        return l.project(exprs)
    }
}
