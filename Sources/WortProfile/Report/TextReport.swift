import WortCore

/// The summary `wort profile` prints on a terminal: the dataset in two lines, one line
/// per column, then sensitive columns and the strongest correlations.
public enum TextReport {
    public static func render(_ p: DatasetProfile, width: Int = 100) -> String {
        var out = "\(p.source): \(group(p.rows)) rows (\(p.sampleDescription)), \(p.columnCount) columns"
        if p.columns.count != p.columnCount { out += ", \(p.columns.count) profiled" }
        out += "\n"
        let dup = p.duplicateRowsExact ? group(p.duplicateRowsCount) : "≈" + group(p.duplicateRowsCount)
        out += "duplicate rows \(dup) · missing cells \(group(p.missingCells))"
        if !p.sensitiveColumns.isEmpty { out += " · sensitive columns \(p.sensitiveColumns.count)" }
        out += "\n\n"
        let headers = ["column", "type", "missing", "invalid", "distinct", "summary"]
        var rows: [[String]] = []
        for c in p.columns {
            let distinct = (c.sketches.contains { $0.statistics.contains("distinctValuesCount") } ? "≈" : "") + group(c.distinctValuesCount)
            rows.append([c.name, typeLabel(c), group(c.missingValuesCount), group(c.invalidCount), distinct, summary(c)])
        }
        out += table(headers, rows, rightAligned: [2, 3, 4], width: width)
        let sensitive = p.sensitiveColumns
        if !sensitive.isEmpty {
            out += "\nsensitive data (values masked in every report)\n"
            for c in sensitive {
                guard let e = c.entity else { continue }
                out += "  \(c.name): \(e.entity) in \(percent(e.share)) of \(group(e.checkedRows)) values, confidence \(percent(e.confidence))"
                if !e.maskedExamples.isEmpty { out += ", e.g. " + e.maskedExamples.prefix(3).joined(separator: ", ") }
                out += "\n"
            }
        }
        var pairs: [(String, String, Double)] = []
        for c in p.columns { for (other, r) in c.correlations where c.name < other { pairs.append((c.name, other, r)) } }
        pairs.sort { abs($0.2) > abs($1.2) }
        if !pairs.isEmpty {
            out += "\nstrongest correlations (Pearson)\n"
            for (a, b, r) in pairs.prefix(5) { out += "  \(a) ~ \(b): \(NumberText.short(r, digits: 3))\n" }
        }
        return out
    }

    static func typeLabel(_ c: ColumnProfile) -> String {
        c.isSensitive ? "\(c.type) ⚠ \(c.entity!.entity)" : c.type.description
    }

    /// The most telling figures of a column in a few words.
    static func summary(_ c: ColumnProfile) -> String {
        if let n = c.numbers, c.isNumeric {
            return "min \(NumberText.short(n.min)) · median \(NumberText.short(n.median)) · mean \(NumberText.short(n.mean)) · max \(NumberText.short(n.max))"
        }
        if let t = c.temporal { return "\(t.min) … \(t.max)" }
        var parts: [String] = []
        if let top = c.mostCommonValues.first {
            parts.append("top \(DisplayWidth.truncate(DisplayWidth.sanitize(top.value.description), toWidth: 24)) (\(group(top.count)))")
        }
        if let n = c.numbers, c.type == .string { parts.append("length \(NumberText.short(n.min))–\(NumberText.short(n.max))") }
        if let pat = c.patterns.first, c.type == .string { parts.append("pattern \(DisplayWidth.truncate(pat.value.description, toWidth: 16))") }
        return parts.joined(separator: " · ")
    }

    static func group(_ n: Int) -> String {
        let s = String(n.magnitude)
        var out = ""
        for (i, ch) in s.enumerated() {
            if i > 0 && (s.count - i) % 3 == 0 { out += "," }
            out.append(ch)
        }
        return (n < 0 ? "-" : "") + out
    }

    static func percent(_ x: Double) -> String { NumberText.short(x * 100, digits: 3) + "%" }

    private static func table(_ headers: [String], _ rows: [[String]], rightAligned: Set<Int>, width: Int) -> String {
        var widths = headers.map { DisplayWidth.of($0) }
        let clean = rows.map { $0.map { DisplayWidth.sanitize($0) } }
        let last = widths.count - 1
        for r in clean { for (k, v) in r.enumerated() { widths[k] = max(widths[k], k == last ? DisplayWidth.of(v) : min(32, DisplayWidth.of(v))) } }
        // The last column takes what is left of the terminal.
        let fixed = widths.dropLast().reduce(0, +) + 2 * (widths.count - 1)
        widths[widths.count - 1] = max(10, min(widths[widths.count - 1], width - fixed))
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (k, w) in widths.enumerated() {
                parts.append(DisplayWidth.pad(DisplayWidth.truncate(cells[k], toWidth: w), toWidth: w, alignRight: rightAligned.contains(k)))
            }
            var s = parts.joined(separator: "  ")
            while s.hasSuffix(" ") { s.removeLast() }
            return s
        }
        var out = [line(headers), widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")]
        out += clean.map(line)
        return out.joined(separator: "\n") + "\n"
    }
}
