import WortCore

/// The line above the footer: which file, whether it is all of it or a sample, and
/// where the cursor is.
enum StatusLine {
    static func draw(_ state: AppState, into buffer: inout ScreenBuffer) {
        let y = state.height - 2
        guard y >= 0 else { return }
        buffer.fill(x: 0, y: y, count: state.width, style: Theme.status)
        let right = position(state, short: false)
        let left = dataStatus(state)
        // The data status always shows; the name gets what is left.
        var r = right
        if DisplayWidth.of(left) + DisplayWidth.of(r) + 4 > state.width { r = position(state, short: true) }
        if DisplayWidth.of(left) + DisplayWidth.of(r) + 4 > state.width { r = "" }
        // Room for the left part: one column of margin each side, two between the parts.
        let room = state.width - DisplayWidth.of(r) - (r.isEmpty ? 1 : 3)
        let name = DisplayWidth.sanitize(state.title)
        let nameRoom = room - 1 - DisplayWidth.of(left) - 3
        let text = nameRoom >= 4 ? DisplayWidth.truncate(name, toWidth: nameRoom) + " · " + left : left
        buffer.put(DisplayWidth.truncate(text, toWidth: max(0, room - 1)), x: 1, y: y, style: Theme.status)
        if !r.isEmpty { buffer.put(r, x: state.width - DisplayWidth.of(r) - 1, y: y, style: Theme.status) }
    }

    /// "loading 45% · 1,234,567 rows", "502 rows · full data", "sample: first 100 rows".
    static func dataStatus(_ state: AppState) -> String {
        let rows = NumberText.grouped(state.data.rowCount)
        var s: String
        switch state.load.phase {
        case .opening: s = "opening…"
        case .preview(let scanned):
            s = "first \(rows) rows · reading types" + (scanned.map { " " + NumberText.percent($0) } ?? "…")
        case .loading(let f):
            s = "loading" + (f.map { " " + NumberText.percent($0) } ?? "…") + " · \(rows) rows"
            if state.load.sampleAhead { s += " · too big: a sample" }
        case .done:
            let why: String? = switch state.load.sample {
            case nil, .random: nil
            case .memory: "memory"
            case .cancelled: "stopped"
            case .failed: "read error"
            }
            if case .random(let seed, _)? = state.load.sample {
                s = "sample: \(rows) random rows (seed \(seed))"
            } else if let why {
                s = state.data.rowCount == 0 ? "no rows (\(why))" : "sample: first \(rows) rows (\(why))"
            } else {
                s = "\(rows) rows · full data"
            }
        }
        if let preview = state.preview {
            let ops = preview.steps.count == 1 ? preview.steps[0].action.operation : "\(preview.steps.count) steps"
            return "PREVIEW \(ops) · " + (preview.diff?.summary ?? "computing…")
        }
        if let bg = state.jobs.values.first(where: \.background) {
            s += " · \(bg.label)" + (bg.fraction.map { " " + NumberText.percent($0) } ?? "…")
        }
        let on = state.recipe.steps.filter(\.enabled).count
        if on > 0 { s += " · recipe: \(on) step\(on == 1 ? "" : "s")" + (state.recipe.unsaved ? " (unsaved)" : "") }
        if let f = state.filter, f.column < state.data.columnCount {
            let name = DisplayWidth.sanitize(state.data.schema.fields[f.column].name)
            let kept = f.rows.map { NumberText.grouped($0.count) } ?? "…"
            s += " · filter \(name) ∋ \"\(DisplayWidth.sanitize(f.needle))\": \(kept) rows"
        }
        if let sort = state.sort, sort.column < state.data.columnCount {
            s += " · sorted by \(DisplayWidth.sanitize(state.data.schema.fields[sort.column].name)) \(sort.descending ? "↓" : "↑")"
            // Rows that arrived after the sort follow the sorted ones in file order.
            if sort.permutation.count < state.data.rowCount {
                s += " (first \(NumberText.grouped(sort.permutation.count)))"
            }
        }
        return s
    }

    /// "row 1,234 / 5,000,000 · col 3 / 15 email (string)", or short: "1,234/5,000,000 3/15".
    static func position(_ state: AppState, short: Bool) -> String {
        guard state.data.columnCount > 0 else { return "" }
        let more = state.load.job != nil ? "+" : ""
        let row = state.viewRowCount == 0 ? "0" : NumberText.grouped(state.grid.row + 1)
        let rows = NumberText.grouped(state.viewRowCount) + more
        let col = state.grid.column + 1, cols = state.data.columnCount
        if short { return "\(row)/\(rows) \(col)/\(cols)" }
        let field = state.data.schema.fields[min(state.grid.column, cols - 1)]
        let name = DisplayWidth.truncate(DisplayWidth.sanitize(field.name), toWidth: 20)
        return "row \(row) / \(rows) · col \(col) / \(cols) \(name) (\(field.type))"
    }
}
