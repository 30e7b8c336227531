import WortCore
import WortProfile

/// `P`: the dataset at a glance: one row per column (type, missing, distinct, range,
/// sensitive entity), duplicate rows, and the strongest correlations.
enum OverviewView {
    static func draw(_ state: AppState, scroll cursor: Int, into buffer: inout ScreenBuffer) {
        let width = state.width, height = max(0, state.height - GridLayout.bottomRows)
        guard width >= 8, height >= 3 else { return }
        Box.draw(x: 0, y: 0, width: width, height: height, title: "Dataset overview · Enter opens a column · M masks sensitive", into: &buffer)
        let inner = width - 4
        guard let p = state.profile.datasetVersion == state.dataVersion ? state.profile.dataset : nil else {
            let pct = state.profile.datasetJob.flatMap { state.jobs[$0]?.fraction }.map { " " + NumberText.percent($0) } ?? "…"
            buffer.put("profiling \(NumberText.grouped(state.data.rowCount)) rows\(pct)", x: 2, y: 1, style: Theme.null, limit: 2 + inner)
            return
        }
        var y = 1
        func line(_ text: String, _ style: CellStyle = .plain) {
            guard y < height - 1 else { return }
            buffer.put(text, x: 2, y: y, style: style, limit: 2 + inner)
            y += 1
        }
        let dup = (p.duplicateRowsExact ? "" : "≈") + NumberText.grouped(p.duplicateRowsCount)
        line("\(NumberText.grouped(p.rows)) rows · \(p.columnCount) columns · \(dup) duplicate rows · \(NumberText.grouped(p.missingCells)) missing cells · \(p.sensitiveColumns.count) sensitive")
        let correlations = strongest(p)
        let (first, tableRows) = window(p, height: height, cursor: cursor)
        let nameWidth = min(24, max(8, p.columns.map { DisplayWidth.of(DisplayWidth.sanitize($0.name)) }.max() ?? 8))
        let cols: [(String, Int)] = [("column", nameWidth + 2), ("missing", 9), ("distinct", 10), ("min", 14), ("max", 14), ("sensitive", 22)]
        var header = ""
        for (title, w) in cols { header += DisplayWidth.fit(title, toWidth: w) + " " }
        y += 1
        line(header, Theme.header)
        for (k, c) in p.columns.enumerated().dropFirst(first).prefix(tableRows) {
            let rows = max(1, c.rows)
            let mark = String(TypeMark.of(c.type))
            var cells = [
                DisplayWidth.sanitize(c.name) + " " + mark,
                NumberText.percent(Double(c.missingValuesCount) / Double(rows)),
                NumberText.grouped(c.distinctValuesCount),
            ]
            let (lo, hi) = range(c)
            cells += [lo, hi]
            cells.append(c.entity.map { "\(SensitiveMark.glyph) \($0.entity.rawValue) \(NumberText.percent($0.share))" } ?? "")
            var text = ""
            for (i, (_, w)) in cols.enumerated() { text += DisplayWidth.fit(DisplayWidth.truncate(cells[i], toWidth: w), toWidth: w) + " " }
            var style: CellStyle = c.isSensitive ? Theme.error : .plain
            if k == cursor { style.reverse = true }
            line(text, style)
        }
        if !correlations.isEmpty {
            y = max(y, height - 3)
            line("Strongest correlations (Pearson r)", Theme.title)
            line(correlations.prefix(4).map { "\($0.0) ~ \($0.1) \(String(format: "%+.2f", $0.2))" }.joined(separator: " · "))
        }
    }

    /// The screen line of the table's first row (after the summary, a gap and the header).
    static let tableTop = 4

    /// The first column row shown and how many rows the table has: what is left after
    /// the header lines and the correlations.
    static func window(_ p: DatasetProfile, height: Int, cursor: Int) -> (first: Int, rows: Int) {
        let rows = max(1, height - 2 - 3 - (strongest(p).isEmpty ? 0 : 2))
        return (max(0, min(cursor - rows / 2, p.columns.count - rows)), rows)
    }

    /// The column whose row is drawn at screen line `y`, if any (for mouse clicks).
    static func column(atY y: Int, _ state: AppState, cursor: Int) -> Int? {
        guard state.profile.datasetVersion == state.dataVersion, let p = state.profile.dataset else { return nil }
        let (first, rows) = window(p, height: max(0, state.height - GridLayout.bottomRows), cursor: cursor)
        let k = first + y - tableTop
        return y >= tableTop && y < tableTop + rows && k < p.columns.count ? k : nil
    }

    /// The smallest and largest value as text: numbers, dates, or the first/last text.
    static func range(_ c: ColumnProfile) -> (String, String) {
        if let n = c.numbers, c.type != .string { return (ProfilePanel.num(n.min), ProfilePanel.num(n.max)) }
        if c.isSensitive { return ("•••", "•••") }
        if let t = c.temporal { return (t.min, t.max) }
        let lo = c.minimumValues.first?.value.description ?? ""
        let hi = c.maximumValues.first?.value.description ?? ""
        return (DisplayWidth.sanitize(lo), DisplayWidth.sanitize(hi))
    }

    /// Pairs of numeric columns by |r|, each pair once.
    static func strongest(_ p: DatasetProfile) -> [(String, String, Double)] {
        var seen = Set<String>()
        var out: [(String, String, Double)] = []
        for c in p.columns {
            for (other, r) in c.correlations where r.isFinite {
                let key = [c.name, other].sorted().joined(separator: "\u{0}")
                guard seen.insert(key).inserted, c.name != other else { continue }
                out.append((DisplayWidth.sanitize(c.name), DisplayWidth.sanitize(other), r))
            }
        }
        return out.sorted { abs($0.2) > abs($1.2) }
    }
}
