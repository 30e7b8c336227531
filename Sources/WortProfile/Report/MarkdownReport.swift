/// The profile as Markdown, short enough for a pull request: the dataset, one table row
/// per column, sensitive columns, correlations and sketch notes.
public enum MarkdownReport {
    public static func render(_ p: DatasetProfile) -> String {
        var m = "## Profile of `\(p.source)`\n\n"
        let dup = (p.duplicateRowsExact ? "" : "≈") + TextReport.group(p.duplicateRowsCount)
        m += "\(TextReport.group(p.rows)) rows (\(p.sampleDescription)) · \(p.columnCount) columns · "
        m += "\(dup) duplicate rows · \(TextReport.group(p.missingCells)) missing cells\n\n"
        m += "| column | type | missing | invalid | distinct | summary |\n|---|---|--:|--:|--:|---|\n"
        for c in p.columns {
            let approx = c.uniqueValuesCount == nil ? "≈" : ""
            let type = c.isSensitive ? "\(c.type) ⚠️ \(c.entity!.entity)" : c.type.description
            m += "| \(cell(c.name)) | \(type) | \(TextReport.group(c.missingValuesCount)) | \(TextReport.group(c.invalidCount)) | "
            m += "\(approx)\(TextReport.group(c.distinctValuesCount)) | \(cell(TextReport.summary(c))) |\n"
        }
        let sensitive = p.sensitiveColumns
        if !sensitive.isEmpty {
            m += "\n### Sensitive data\n\nValues of these columns are masked in every report.\n\n"
            m += "| column | entity | matching | confidence | examples (masked) |\n|---|---|--:|--:|---|\n"
            for c in sensitive {
                guard let e = c.entity else { continue }
                m += "| \(cell(c.name)) | \(e.entity) | \(TextReport.percent(e.share)) | \(TextReport.percent(e.confidence)) | "
                m += e.maskedExamples.prefix(3).map { "`\(cell($0))`" }.joined(separator: " ") + " |\n"
            }
        }
        var pairs: [(String, String, Double)] = []
        for c in p.columns { for (o, r) in c.correlations where c.name < o { pairs.append((c.name, o, r)) } }
        if !pairs.isEmpty {
            pairs.sort { abs($0.2) > abs($1.2) }
            m += "\n### Correlations (Pearson)\n\n| columns | r |\n|---|--:|\n"
            for (a, b, r) in pairs.prefix(10) { m += "| \(cell(a)) ~ \(cell(b)) | \(NumberText.short(r, digits: 3)) |\n" }
        }
        let notes = p.sketches.map { ("dataset", $0) } + p.columns.flatMap { c in c.sketches.map { (c.name, $0) } }
        if !notes.isEmpty {
            m += "\n### Approximations\n\n"
            for (name, n) in notes { m += "- `\(name)` \(n.statistics.joined(separator: ", ")): \(n.method); \(n.error)\n" }
        }
        return m
    }

    /// Text safe inside a table cell: no pipes or line breaks, Markdown characters escaped.
    static func cell(_ s: String) -> String {
        var o = ""
        for ch in s {
            switch ch {
            case "|": o += "\\|"
            case "\n", "\r": o += " "
            case "*", "_", "`", "<", ">", "[", "]": o += "\\" + String(ch)
            default: o.append(ch)
            }
        }
        return o
    }
}
