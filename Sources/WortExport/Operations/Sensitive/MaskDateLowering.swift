/// MASK_DATE: the `redact`ed components of an ISO-like date at the start of each cell's
/// text (Wort's `MaskDate.scan`: optional spaces, a 4–6 digit year, a month and a day
/// separated by one of `-` `/` `.` used twice, then optionally `T` or a space, `H:MM`,
/// `:SS`, `.` or `,` and 1–9 fraction digits) are replaced by the symbol, once per digit;
/// the rest of the text is kept, and text in another shape is unchanged.
///
/// One anchored regex captures every part, in both engines (RE2 has no backreference, so
/// the two separators are captured and compared in SQL). Its digit runs are each followed
/// by a non-digit, so the regex cannot backtrack into another split than Wort's greedy
/// scan. Dates and timestamps are masked in Wort's text of them (timestamps with a
/// six-digit fraction): no input date formats are needed, only ISO-like text is read.
enum MaskDateLowering: StepLowering {
    static let operation = "MASK_DATE"

    static let pattern = "^( *)([0-9]{4,6})([-/.])([0-9]{1,2})([-/.])([0-9]{1,2})"
        + "(?:([T ])([0-9]{1,2})(:)([0-9]{2})(?:(:)([0-9]{2})(?:([.,])([0-9]{1,9}))?)?)?"
    /// Capture group of each component, in `MaskDate.Component` order.
    static let groups = ["YEAR": 2, "MONTH": 4, "DAY": 6, "HOUR": 8, "MINUTE": 10, "SECOND": 12, "MILLISECOND": 14]

    static func lower(_ l: inout Lowering) throws -> String {
        let columns = l.sourceColumnNames()
        let symbol = l.params.optionalString("maskSymbol") ?? "#"
        let redact = Set((l.params.stringList("redact") ?? []).map { $0.uppercased() })
        l.params.ignore("locale")
        let masked = Set(groups.filter { redact.contains($0.key) }.map(\.value))
        let d = l.dialect
        let re = try l.regex(pattern, parameter: "redact")
        var exprs: [String: String] = [:]
        for c in columns {
            let t = l.wortText(c)
            var parts: [String] = []
            for g in 1...14 {
                let part = d.regexGroup(t, re, g)
                parts.append(masked.contains(g) ? d.repeating(l.lit(symbol), d.length(part)) : part)
            }
            parts.append(d.substring(t, from: d.length(d.regexGroup(t, re, 0)) + " + 1"))
            let isDate = d.matches(t, re) + " AND " + d.regexGroup(t, re, 3) + " = " + d.regexGroup(t, re, 5)
            exprs[c] = "CASE WHEN \(isDate) THEN \(d.concat(parts)) ELSE \(t) END"
        }
        return l.project(exprs)
    }
}
