import WortCore

/// Enter: the cursor row as a list of "column  value", long values wrapped, for rows
/// too wide for the grid.
enum RecordView {
    struct Line {
        var name: String
        var text: String
        var style: CellStyle
    }

    static func nameWidth(_ state: AppState) -> Int {
        min(24, max(state.width / 3, 1), state.data.schema.fields.map { DisplayWidth.of(DisplayWidth.sanitize($0.name)) + 2 }.max() ?? 0)
    }

    /// The lines for the cursor row at the current width.
    static func lines(_ state: AppState) -> [Line] {
        guard state.viewRowCount > 0 else { return [] }
        let row = state.dataRow(state.grid.row)
        let nw = nameWidth(state)
        let valueWidth = max(1, state.width - nw - 4)
        var out: [Line] = []
        for (k, field) in state.data.schema.fields.enumerated() {
            let content = state.data.cell(row: row, column: k)
            let style: CellStyle = switch content {
            case .null: Theme.null
            case .invalid: Theme.invalid
            case .value: .plain
            }
            let name = DisplayWidth.truncate(String(TypeMark.of(field.type)) + " " + DisplayWidth.sanitize(field.name), toWidth: nw)
            for (i, part) in wrap(content.display, width: valueWidth).enumerated() {
                out.append(Line(name: i == 0 ? name : "", text: part, style: style))
            }
        }
        return out
    }

    static func lineCount(_ state: AppState) -> Int { lines(state).count }

    static func draw(_ state: AppState, scroll: Int, into buffer: inout ScreenBuffer) {
        let areaHeight = state.height - GridLayout.bottomRows
        guard areaHeight >= 2 else { return }
        for y in 0..<areaHeight { buffer.fill(x: 0, y: y, count: state.width) }
        let all = lines(state)
        let rows = areaHeight - 1
        let first = max(0, min(scroll, all.count - rows))
        let title = "row \(NumberText.grouped(state.grid.row + 1)) of \(NumberText.grouped(state.viewRowCount))"
            + " · ←→ rows · Esc back" + (all.count > rows ? " · ↑↓ scroll" : "")
        buffer.put(DisplayWidth.truncate(title, toWidth: state.width - 1), x: 1, y: 0, style: Theme.title)
        let nw = nameWidth(state)
        for (i, line) in all[first..<min(all.count, first + rows)].enumerated() {
            buffer.put(line.name, x: 1, y: 1 + i, style: Theme.key)
            buffer.put(line.text, x: nw + 3, y: 1 + i, style: line.style)
        }
    }

    /// `text` cut into pieces of at most `width` columns, never splitting a wide character.
    static func wrap(_ text: String, width: Int) -> [String] {
        var out: [String] = []
        var line = ""
        var used = 0
        for ch in text {
            let w = DisplayWidth.of(ch)
            if used + w > width && !line.isEmpty { out.append(line); line = ""; used = 0 }
            line.append(ch); used += w
        }
        out.append(line)
        return out
    }
}
