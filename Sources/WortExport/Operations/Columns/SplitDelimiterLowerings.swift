import WortCore
import WortRecipe

/// SPLIT_COLUMN_SINGLE_DELIMITER / SPLIT_COLUMN_MULTIPLE_DELIMITER: `sourceColumn`
/// replaced by `<col>_1` ... `<col>_{limit+1}` (WortRecipe's ColumnSplitter). Wort splits
/// at the first `limit` delimiters, each time at the earliest place any delimiter starts
/// (the longest there, then the first listed), leaves the rest in the last part, gives
/// null for parts a cell does not have, and with `includeInSplit` keeps a delimiter at the
/// start of the part after it.
///
/// Each part is one anchored regex over the cell: the delimiters as escaped literals in
/// one alternation, longest first, so that leftmost-first matching (Java and RE2 agree on
/// it) picks them as Wort does; `.*?` skips to the earliest one. Part k skips k - 2
/// delimiters, captures the (k-1)th and the text up to the next one (or to the end, for
/// the last part); a cell with fewer delimiters does not match and the part is NULL. This
/// avoids Spark's `split` (a regex with a limit) and DuckDB's `string_split` (no limit),
/// which disagree on the rest of the text (scale-out.md §2.4 #9).
enum DelimiterSplit {
    struct Delimiter {
        var text: String
        var include: Bool
    }

    static func lower(_ l: inout Lowering, delimiters given: [Delimiter], limit: Int) -> String {
        let d = l.dialect
        let source = l.params.string("sourceColumn") ?? ""
        let w = WorkColumns(d)
        let t = w.column(l.columnText(source, w))
        // One alternative per distinct text (the first listed decides includeInSplit),
        // longest first, by UTF-8 length as Wort compares them.
        var delimiters: [Delimiter] = []
        for x in given where !delimiters.contains(where: { $0.text == x.text }) { delimiters.append(x) }
        let ordered = delimiters.enumerated().sorted {
            ($0.element.text.utf8.count, -$0.offset) > ($1.element.text.utf8.count, -$1.offset)
        }.map(\.element)
        let alternation = "(?:" + ordered.map { escaped($0.text) }.joined(separator: "|") + ")"
        let kept = delimiters.filter(\.include).map { d.string($0.text) }

        var exprs: [String: String] = [:]
        exprs["\(source)_1"] = d.extract(t, d.string("(?s)^(.*?)(?:\(alternation)|\\z)"), 1)
        for k in 2...(limit + 1) {
            let skip = k == 2 ? "" : "(?:.*?\(alternation)){\(k - 2)}"
            let rest = k == limit + 1 ? "(.*)" : "(.*?)(?:\(alternation)|\\z)"
            let regex = d.string("(?s)^\(skip).*?(\(alternation))\(rest)")
            let delimiter = d.extract(t, regex, 1), part = d.extract(t, regex, 2)
            let value = kept.isEmpty ? part
                : d.concat(["CASE WHEN \(delimiter) IN (\(kept.joined(separator: ", "))) THEN \(delimiter) ELSE '' END", part])
            exprs["\(source)_\(k)"] = "CASE WHEN \(d.matches(t, regex)) THEN \(value) END"
        }
        return l.project(exprs, w)
    }

    /// A literal for both regex flavours: ASCII punctuation escaped with a backslash (both
    /// read `\` + punctuation as the character), everything else as it is.
    static func escaped(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            if u.isASCII, u.properties.isPatternSyntax { out.append("\\") }
            out.unicodeScalars.append(u)
        }
        return out
    }
}

enum SplitColumnSingleDelimiterLowering: StepLowering {
    static let operation = "SPLIT_COLUMN_SINGLE_DELIMITER"
    static func lower(_ l: inout Lowering) throws -> String {
        l.params.ignore("isText")
        let pattern = l.params.string("pattern") ?? ""
        let limit = l.params.int("limit", default: 1) ?? 1
        let include = l.params.bool("includeInSplit", default: false)
        return DelimiterSplit.lower(&l, delimiters: [.init(text: pattern, include: include)], limit: limit)
    }
}

enum SplitColumnMultipleDelimiterLowering: StepLowering {
    static let operation = "SPLIT_COLUMN_MULTIPLE_DELIMITER"
    static func lower(_ l: inout Lowering) throws -> String {
        l.params.ignore("isText")
        let limit = l.params.int("limit", default: 1) ?? 1
        var delimiters: [DelimiterSplit.Delimiter] = []
        if l.params.parameters["patternOptions"] != nil {
            l.params.ignore("pattern", "includeInSplit")
            guard let node = l.params.json("patternOptions"), case .array(let items) = node.kind else {
                throw l.refuse("expected a JSON list of options", parameter: "patternOptions")
            }
            for item in items {
                guard case .object(let members) = item.kind,
                      let p = members.first(where: { $0.key == "pattern" }), case .string(let text) = p.value.kind else {
                    throw l.refuse("each option needs a \"pattern\" string", parameter: "patternOptions")
                }
                var include = false
                if let inc = members.first(where: { $0.key == "includeInSplit" }) {
                    switch inc.value.kind {
                    case .bool(let b): include = b
                    case .string(let s): include = s.lowercased() == "true"
                    default: break
                    }
                }
                delimiters.append(.init(text: text, include: include))
            }
        } else {
            delimiters.append(.init(text: l.params.string("pattern") ?? "", include: l.params.bool("includeInSplit", default: false)))
        }
        return DelimiterSplit.lower(&l, delimiters: delimiters, limit: limit)
    }
}
