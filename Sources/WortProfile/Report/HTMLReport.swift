import Foundation

/// A self-contained HTML report: overview, sensitive data, correlations, then a card per
/// column with its figures, a histogram and its most common values. Inline CSS and SVG
/// only (no script, no network), laid out to read on a laptop and on a phone.
public enum HTMLReport {
    public static func render(_ p: DatasetProfile) -> String {
        var h = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        h += "<title>Profile of \(e(p.source))</title><style>\(css)</style></head><body><main>"
        h += "<header><h1>Profile of <code>\(e(p.source))</code></h1>"
        h += "<p class=\"sub\">\(TextReport.group(p.rows)) rows · \(p.columnCount) columns · \(e(p.sampleDescription))</p></header>"
        h += overview(p)
        h += sensitive(p)
        h += correlations(p)
        h += "<section><h2>Columns</h2><div class=\"cards\">"
        for c in p.columns { h += card(c) }
        h += "</div></section>"
        h += "<footer>Made by wort profile. Percentiles interpolate linearly between closest ranks (as DuckDB's quantile_cont); "
        h += "variance and standard deviation are sample statistics (n − 1); entropy is in nats. "
        h += "Statistics marked ≈ come from a sketch whose error is stated with them.</footer>"
        return h + "</main></body></html>\n"
    }

    private static func e(_ s: String) -> String { HTMLText.escape(s) }
    private static func n(_ v: Double) -> String { NumberText.short(v) }

    private static func overview(_ p: DatasetProfile) -> String {
        let dup = (p.duplicateRowsExact ? "" : "≈") + TextReport.group(p.duplicateRowsCount)
        let cells = p.rows * max(1, p.columns.count)
        var h = "<section><h2>Overview</h2><div class=\"tiles\">"
        h += tile("Rows", TextReport.group(p.rows))
        h += tile("Columns", "\(p.columnCount)")
        h += tile("Duplicate rows", dup)
        h += tile("Missing cells", TextReport.group(p.missingCells) + (cells > 0 ? " (\(TextReport.percent(Double(p.missingCells) / Double(cells))))" : ""))
        h += tile("Sensitive columns", "\(p.sensitiveColumns.count)")
        h += "</div><div class=\"scroll\"><table class=\"overview\"><thead><tr><th>Column</th><th>Type</th><th>Missing</th><th class=\"num\">Distinct</th><th class=\"num\">Invalid</th></tr></thead><tbody>"
        for c in p.columns {
            let miss = c.rows > 0 ? Double(c.missingValuesCount) / Double(c.rows) : 0
            let approx = c.sketches.contains { $0.statistics.contains("distinctValuesCount") } ? "≈" : ""
            h += "<tr><td><a href=\"#\(anchor(c.name))\">\(e(c.name))</a>\(badge(c))</td><td>\(e(c.type.description))</td>"
            h += "<td><div class=\"meter\"><span style=\"width:\(String(format: "%.1f", miss * 100))%\"></span></div> \(TextReport.percent(miss))</td>"
            h += "<td class=\"num\">\(approx)\(TextReport.group(c.distinctValuesCount))</td><td class=\"num\">\(TextReport.group(c.invalidCount))</td></tr>"
        }
        return h + "</tbody></table></div></section>"
    }

    private static func tile(_ label: String, _ value: String) -> String {
        "<div class=\"tile\"><div class=\"tile-value\">\(e(value))</div><div class=\"tile-label\">\(e(label))</div></div>"
    }

    private static func badge(_ c: ColumnProfile) -> String {
        guard let en = c.entity else { return "" }
        return " <span class=\"badge\" title=\"values masked\">\(e(en.entity.rawValue))</span>"
    }

    private static func anchor(_ name: String) -> String {
        "col-" + name.unicodeScalars.map { CharacterSet.alphanumerics.contains($0) ? String($0) : "-" }.joined()
    }

    private static func sensitive(_ p: DatasetProfile) -> String {
        var h = "<section><h2>Sensitive data</h2>"
        let cols = p.sensitiveColumns
        if cols.isEmpty {
            return h + "<p class=\"muted\">No column reached the threshold (\(TextReport.percent(p.entityThreshold)) of its values matching one entity type).</p></section>"
        }
        h += "<p class=\"muted\">Columns where at least \(TextReport.percent(p.entityThreshold)) of the values match an entity type. Their values are masked throughout this report.</p>"
        h += "<div class=\"scroll\"><table><thead><tr><th>Column</th><th>Entity</th><th class=\"num\">Matching</th><th class=\"num\">Confidence</th><th>Examples (masked)</th></tr></thead><tbody>"
        for c in cols {
            guard let en = c.entity else { continue }
            h += "<tr><td><a href=\"#\(anchor(c.name))\">\(e(c.name))</a></td><td><span class=\"badge\">\(e(en.entity.rawValue))</span></td>"
            h += "<td class=\"num\">\(TextReport.percent(en.share)) of \(TextReport.group(en.checkedRows))</td><td class=\"num\">\(TextReport.percent(en.confidence))</td>"
            h += "<td><code>\(en.maskedExamples.prefix(3).map(e).joined(separator: "</code> <code>"))</code></td></tr>"
        }
        return h + "</tbody></table></div></section>"
    }

    private static func correlations(_ p: DatasetProfile) -> String {
        let numeric = p.columns.filter { !$0.correlations.isEmpty }
        guard numeric.count >= 2 else { return "" }
        let names = numeric.map(\.name)
        let svg = SVGCharts.heatmap(names: names) { i, j in
            numeric[i].correlations.first { $0.name == names[j] }?.r
        }
        return "<section><h2>Correlations</h2><p class=\"muted\">Pearson's r between numeric columns, over rows where both have a number.</p><div class=\"heatwrap\">\(svg)</div></section>"
    }

    private static func card(_ c: ColumnProfile) -> String {
        var h = "<article class=\"card\" id=\"\(anchor(c.name))\"><h3>\(e(c.name))\(badge(c))</h3>"
        h += "<p class=\"type\">\(e(c.type.description))\(c.type == .string ? " · figures on length in characters" : "")</p>"
        var stats: [(String, String)] = [
            ("Missing", TextReport.group(c.missingValuesCount)),
            ("Invalid", TextReport.group(c.invalidCount)),
            ("Distinct", (c.uniqueValuesCount == nil ? "≈" : "") + TextReport.group(c.distinctValuesCount)),
        ]
        if let u = c.uniqueValuesCount { stats.append(("Unique", TextReport.group(u))) }
        if let en = c.entropy { stats.append(("Entropy", n(en))) }
        if let t = c.temporal { stats.append(("Earliest", t.min)); stats.append(("Latest", t.max)) }
        if let s = c.numbers {
            let approx = c.sketches.contains { $0.statistics.contains("median") } ? "≈" : ""
            stats += [("Min", n(s.min)), ("Max", n(s.max)), ("Mean", n(s.mean)), ("Median", approx + n(s.median)),
                      ("Std dev", s.standardDeviation.map(n) ?? "–")]
            if c.isNumeric {
                stats += [("P5", approx + n(s.percentile5)), ("P25", approx + n(s.percentile25)), ("P75", approx + n(s.percentile75)),
                          ("P95", approx + n(s.percentile95)), ("Sum", n(s.sum)), ("Zeros", TextReport.group(s.zerosCount)),
                          ("Skewness", s.skewness.map(n) ?? "–"), ("Kurtosis", s.kurtosis.map(n) ?? "–"),
                          ("MAD", approx + n(s.medianAbsoluteDeviation))]
            }
            stats.append(("Outliers |z|>3", TextReport.group(s.zScoreOutliersCount)))
        }
        h += "<dl class=\"stats\">" + stats.map { "<div><dt>\(e($0.0))</dt><dd>\(e($0.1))</dd></div>" }.joined() + "</dl>"
        if let t = c.temporal, let first = t.buckets.first, let last = t.buckets.last {
            h += "<h4>Over time</h4>" + SVGCharts.histogram(counts: t.buckets.map(\.count), firstLabel: first.low, lastLabel: last.high, title: "values over time")
        } else if let s = c.numbers, !s.valueDistribution.isEmpty {
            h += "<h4>\(c.type == .string ? "Length distribution" : "Distribution")</h4>"
            h += SVGCharts.histogram(counts: s.valueDistribution.map(\.count), firstLabel: n(s.min), lastLabel: n(s.max), title: "histogram")
        }
        if !c.mostCommonValues.isEmpty {
            h += "<h4>Most common values\(c.isSensitive ? " (masked)" : "")</h4>" + bars(c.mostCommonValues.prefix(10), total: c.rows)
        }
        if !c.patterns.isEmpty {
            h += "<h4>Patterns</h4>" + bars(c.patterns.prefix(5), total: c.rows - c.missingValuesCount, code: true)
        }
        if let s = c.numbers, !s.zScoreOutliers.isEmpty, c.isNumeric {
            h += "<p class=\"muted\">Outliers: " + s.zScoreOutliers.prefix(5).map { "\(n($0.value)) (z \(NumberText.short($0.zScore, digits: 3)))" }.joined(separator: ", ") + "</p>"
        }
        for note in c.sketches {
            h += "<p class=\"note\">≈ \(e(note.statistics.joined(separator: ", "))): \(e(note.method)); \(e(note.error)).</p>"
        }
        return h + "</article>"
    }

    private static func bars(_ items: ArraySlice<ValueCount>, total: Int, code: Bool = false) -> String {
        let maxCount = Double(items.map(\.count).max() ?? 1)
        var h = "<ul class=\"bars\">"
        for v in items {
            let text = v.value.description.isEmpty ? "(empty)" : v.value.description
            let label = code ? "<code>\(e(text))</code>" : e(text)
            let share = total > 0 ? TextReport.percent(Double(v.count) / Double(total)) : ""
            h += "<li><span class=\"bar-label\" title=\"\(e(text))\">\(label)</span><span class=\"bar-track\"><span class=\"bar-fill\" style=\"width:\(String(format: "%.1f", 100 * Double(v.count) / maxCount))%\"></span></span><span class=\"bar-count\">\(TextReport.group(v.count)) <small>\(share)</small></span></li>"
        }
        return h + "</ul>"
    }

    private static let css = """
        :root{--fg:#1d2330;--muted:#5d6677;--line:#e3e6ec;--bg:#f6f7f9;--card:#fff;--accent:#3b6fd8;--warn:#b4281e}
        *{box-sizing:border-box}body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK KR",sans-serif;color:var(--fg);background:var(--bg)}
        main{max-width:1240px;margin:0 auto;padding:24px 20px 40px}h1{font-size:1.5rem;margin:0 0 4px;word-break:break-all}h2{font-size:1.2rem;margin:28px 0 12px}
        h3{margin:0;font-size:1.05rem;word-break:break-word}h4{margin:14px 0 6px;font-size:.85rem;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
        code{font:13px ui-monospace,SFMono-Regular,Menlo,monospace;background:#eef0f4;padding:1px 4px;border-radius:3px}
        .sub,.muted,.type{color:var(--muted);margin:4px 0}.type{font-size:.85rem}
        .tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:12px;margin-bottom:16px}
        .tile{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:12px 14px}.tile-value{font-size:1.35rem;font-weight:600}.tile-label{color:var(--muted);font-size:.85rem}
        .scroll{overflow-x:auto;background:var(--card);border:1px solid var(--line);border-radius:8px}
        table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{text-align:left;padding:7px 10px;border-bottom:1px solid var(--line);white-space:nowrap}
        th{background:#fafbfc;font-weight:600}.num{text-align:right;font-variant-numeric:tabular-nums}a{color:var(--accent);text-decoration:none}
        .meter{display:inline-block;width:70px;height:8px;background:#edf0f4;border-radius:4px;vertical-align:middle;overflow:hidden}.meter span{display:block;height:100%;background:#e0a030}
        .badge{display:inline-block;background:#fde8e6;color:var(--warn);border:1px solid #f3b9b3;border-radius:10px;padding:0 8px;font-size:.72rem;font-weight:600;vertical-align:middle;white-space:nowrap}
        .cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,380px),1fr));gap:16px}
        .card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:16px;min-width:0}
        .stats{display:grid;grid-template-columns:repeat(auto-fill,minmax(96px,1fr));gap:6px 10px;margin:12px 0 0}
        .stats div{min-width:0}.stats dt{font-size:.72rem;color:var(--muted)}.stats dd{margin:0;font-weight:600;font-variant-numeric:tabular-nums;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
        .chart{width:100%;height:120px;display:block}.chart .bar{fill:var(--accent)}.chart .axis{stroke:#c9ced8}
        .axis-labels{display:flex;justify-content:space-between;font-size:.75rem;color:var(--muted);margin-top:-20px;padding-bottom:4px}
        .bars{list-style:none;margin:0;padding:0}.bars li{display:grid;grid-template-columns:minmax(0,40%) 1fr auto;gap:8px;align-items:center;font-size:.85rem;padding:2px 0}
        .bar-label{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}.bar-track{height:10px;background:#edf0f4;border-radius:5px;overflow:hidden}
        .bar-fill{display:block;height:100%;background:#7d9fe6}.bar-count{font-variant-numeric:tabular-nums;text-align:right;white-space:nowrap}.bar-count small{color:var(--muted)}
        .note{font-size:.8rem;color:#7a5b00;background:#fff8e1;border-radius:4px;padding:4px 8px}
        .heatwrap{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:12px;overflow-x:auto}.heatmap{width:100%;max-width:640px;height:auto;display:block}
        .hm-label{font-size:12px;fill:var(--fg)}.hm-value{font-size:10px;fill:#1d2330}
        footer{margin-top:32px;color:var(--muted);font-size:.8rem}
        @media (max-width:520px){main{padding:16px 10px}h1{font-size:1.2rem}.tile-value{font-size:1.1rem}th,td{padding:6px}.meter{display:none}}
        """
}
