import WortCore
import WortProfile

/// `p`: the cursor column's profile at the right of the grid (the whole screen when
/// narrow): type, missing, distinct, the sensitive-data badge, numbers with a histogram,
/// top values and patterns with bars, dates with their spread over time.
enum ProfilePanel {
    struct Line {
        var text: String
        var style: CellStyle = .plain
    }

    static func frame(_ state: AppState) -> (x: Int, width: Int, height: Int) {
        let height = max(0, state.height - GridLayout.bottomRows)
        let width = state.width < 90 ? state.width : min(state.width, max(48, state.width * 2 / 5))
        return (state.width - width, width, height)
    }

    static func lineCount(_ state: AppState) -> Int { lines(state, width: frame(state).width - 4).count }

    static func lines(_ state: AppState, width: Int) -> [Line] {
        guard state.grid.column < state.data.columnCount else { return [] }
        let field = state.data.schema.fields[state.grid.column]
        if let p = state.profile.column(field.name, version: state.dataVersion) { return content(p, width: width) }
        if let p = state.profile.firstRowsOnly(field.name, version: state.dataVersion) {
            let all = NumberText.grouped(state.data.rowCount)
            let pct = state.profile.columnJobs[field.name].flatMap { state.jobs[$0]?.fraction }.map { " " + NumberText.percent($0) } ?? "…"
            return [Line(text: "first \(NumberText.grouped(p.rows)) rows · all \(all) in progress\(pct)", style: Theme.key)]
                + content(p, width: width)
        }
        return [Line(text: "profiling \(DisplayWidth.sanitize(field.name))…", style: Theme.null)]
    }

    static func content(_ p: ColumnProfile, width: Int) -> [Line] {
        var out: [Line] = []
        let rows = max(1, p.rows)
        func percent(_ n: Int) -> String { NumberText.percent(Double(n) / Double(rows)) }
        if let e = p.entity {
            out.append(Line(text: "\(SensitiveMark.glyph) SENSITIVE: \(e.entity.rawValue) · \(NumberText.percent(e.share)) of values match", style: Theme.error))
            if !e.maskedExamples.isEmpty {
                out.append(Line(text: "  e.g. " + e.maskedExamples.prefix(2).map(DisplayWidth.sanitize).joined(separator: ", "), style: Theme.null))
            }
            out.append(Line(text: "  values masked here · M proposes masking", style: Theme.null))
            out.append(Line(text: ""))
        }
        out.append(Line(text: "type \(p.type) · \(NumberText.grouped(p.rows)) rows"))
        out.append(Line(text: "missing \(NumberText.grouped(p.missingValuesCount)) (\(percent(p.missingValuesCount)))" +
                        (p.invalidCount > 0 ? " · invalid \(NumberText.grouped(p.invalidCount))" : "")))
        let sketched = p.sketches.contains { $0.statistics.contains("distinctValuesCount") }
        var distinct = "distinct \(sketched ? "≈" : "")\(NumberText.grouped(p.distinctValuesCount))"
        if let u = p.uniqueValuesCount { distinct += " · unique \(NumberText.grouped(u))" }
        out.append(Line(text: distinct))
        if let n = p.numbers {
            // A text column's figures describe the lengths of its values.
            let what = p.type == .string ? "length " : ""
            out.append(Line(text: ""))
            out.append(Line(text: "\(what)min \(num(n.min)) · max \(num(n.max)) · mean \(num(n.mean))"))
            out.append(Line(text: "median \(num(n.median))" + (n.standardDeviation.map { " · sd \(num($0))" } ?? "")
                            + (p.type == .string ? "" : " · zeros \(NumberText.grouped(n.zerosCount))")))
            out.append(Line(text: "p5 \(num(n.percentile5)) · p25 \(num(n.percentile25)) · p75 \(num(n.percentile75)) · p95 \(num(n.percentile95))"))
            if n.zScoreOutliersCount > 0 { out.append(Line(text: "outliers (|z| > 3): \(NumberText.grouped(n.zScoreOutliersCount))")) }
            out += histogram(n.valueDistribution.map(\.count), low: num(n.min), high: num(n.max), width: width)
        }
        if let t = p.temporal {
            out.append(Line(text: ""))
            out.append(Line(text: "from \(t.min) to \(t.max)"))
            out += histogram(t.buckets.map(\.count), low: t.buckets.first?.low ?? t.min, high: t.buckets.last?.high ?? t.max, width: width)
        }
        if !p.mostCommonValues.isEmpty {
            out.append(Line(text: ""))
            out.append(Line(text: "Top values", style: Theme.title))
            out += barLines(p.mostCommonValues.prefix(10).map { ($0.value.description, $0.count) }, total: rows, width: width)
        }
        if !p.patterns.isEmpty && p.type == .string {
            out.append(Line(text: ""))
            out.append(Line(text: "Patterns (A letter, 9 digit)", style: Theme.title))
            out += barLines(p.patterns.prefix(6).map { ($0.value.description, $0.count) }, total: rows, width: width)
        }
        for note in p.sketches {
            out.append(Line(text: "≈ \(note.statistics.joined(separator: ", ")): \(note.method), \(note.error)", style: Theme.null))
        }
        return out
    }

    /// Four rows of eighth blocks over the buckets, then the range under them.
    static func histogram(_ counts: [Int], low: String, high: String, width: Int) -> [Line] {
        guard counts.contains(where: { $0 > 0 }) else { return [] }
        let binWidth = max(1, min(3, width / max(1, counts.count)))
        var out = [Line(text: "")]
        out += Bars.vertical(counts, rows: 4, binWidth: binWidth).map { Line(text: $0, style: Theme.chart) }
        let span = counts.count * binWidth
        let gap = max(1, span - DisplayWidth.of(low) - DisplayWidth.of(high))
        out.append(Line(text: low + String(repeating: " ", count: gap) + high, style: Theme.null))
        return out
    }

    /// "value   ████▌  123  24%" lines.
    static func barLines(_ items: [(String, Int)], total: Int, width: Int) -> [Line] {
        let labelWidth = min(18, max(6, width / 3))
        let top = max(1, items.map(\.1).max() ?? 1)
        return items.map { label, count in
            let text = DisplayWidth.fit(DisplayWidth.sanitize(label.isEmpty ? "(empty)" : label), toWidth: labelWidth)
            let figures = " \(NumberText.grouped(count)) \(NumberText.percent(Double(count) / Double(max(1, total))))"
            let barWidth = max(1, width - labelWidth - 1 - DisplayWidth.of(figures))
            let bar = DisplayWidth.fit(Bars.horizontal(Double(count) / Double(top), width: barWidth), toWidth: barWidth)
            return Line(text: text + " " + bar + figures)
        }
    }

    static func num(_ x: Double) -> String {
        if x == x.rounded() && abs(x) < 1e15 { return NumberText.grouped(Int(x)) }
        let a = abs(x)
        if a < 1 { return String(format: "%.3g", x) }
        // Two decimals at most, without trailing zeros (96.5, not 96.50).
        var t = String(format: a >= 1000 ? "%.1f" : "%.2f", x)
        while t.hasSuffix("0") { t.removeLast() }
        if t.hasSuffix(".") { t.removeLast() }
        return t
    }

    static func draw(_ state: AppState, scroll: Int, into buffer: inout ScreenBuffer) {
        let (x0, width, height) = frame(state)
        guard width >= 8, height >= 3, state.grid.column < state.data.columnCount else { return }
        let field = state.data.schema.fields[state.grid.column]
        let title = "\(TypeMark.of(field.type)) \(DisplayWidth.sanitize(field.name))".trimmingCharacters(in: .whitespaces) + " · column \(state.grid.column + 1) of \(state.data.columnCount)"
        Box.draw(x: x0, y: 0, width: width, height: height, title: title, into: &buffer)
        let inner = width - 4
        let all = lines(state, width: inner)
        let rows = height - 2
        let first = max(0, min(scroll, all.count - rows))
        for (i, line) in all.dropFirst(first).prefix(rows).enumerated() {
            buffer.put(line.text, x: x0 + 2, y: 1 + i, style: line.style, limit: x0 + 2 + inner)
        }
        if all.count > rows {
            buffer.put(first + rows < all.count ? "↓ more" : "", x: x0 + width - 9, y: height - 1, style: Theme.null)
        }
    }
}
