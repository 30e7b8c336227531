import WortCore

/// The table: a header row with type marks, then only the rows that fit on screen.
enum GridView {
    static func draw(_ state: AppState, into buffer: inout ScreenBuffer) {
        let layout = GridLayout(state)
        guard state.height > GridLayout.bottomRows else { return }
        guard !layout.columns.isEmpty else {
            let note: String = switch (state.load.phase, state.load.sample) {
            case (.done, .failed(let m)?): m
            case (.done, .cancelled?): "loading stopped before the first rows arrived"
            case (.done, _): "no columns"
            default: "opening \(state.title)…"
            }
            buffer.put(DisplayWidth.sanitize(note), x: 1, y: 0)
            return
        }
        let fields = state.data.schema.fields
        let widths = state.grid.widths

        // Header: name, then the type mark at the right end of the column.
        for p in layout.columns where p.column < fields.count {
            let w = widths[p.column]
            let field = fields[p.column]
            // Marks after the name: Δ a column the previewed step changes, ⚠-like a sensitive one.
            var marks = ""
            if let diff = state.preview?.diff, diff.sourceColumn.indices.contains(p.column),
               diff.sourceColumn[p.column] == nil || diff.changedCells[field.name] != nil || diff.renamed.values.contains(field.name) { marks += "Δ" }
            if let m = SensitiveMark.of(state, column: p.column) { marks += m }
            // The marks stand in the gap before the type mark, so a name loses no room to one.
            let extra = max(0, DisplayWidth.of(marks) - 1)
            let name = DisplayWidth.fit(DisplayWidth.sanitize(field.name), toWidth: max(0, w - 2 - extra))
            let text = name + (marks.isEmpty ? " " : marks) + String(TypeMark.of(field.type))
            let style = p.column == state.grid.column ? Theme.headerCursor : Theme.header
            buffer.put(text, x: p.x, y: 0, style: style, limit: p.x + p.width)
        }

        // Rows: only those on screen are read from the store.
        let visible = visibleRows(state, layout)
        for (i, viewRow) in visible.enumerated() {
            let y = layout.dataTop + i
            let dataRow = state.dataRow(viewRow)
            let isCursorRow = viewRow == state.grid.row
            for p in layout.columns where p.column < fields.count {
                let content = state.data.cell(row: dataRow, column: p.column)
                var style: CellStyle = switch content {
                case .null: Theme.null
                case .invalid: Theme.invalid
                case .value: .plain
                }
                if let diff = state.preview?.diff, let before = state.preview?.before,
                   diff.isChanged(row: dataRow, column: p.column, before: before, after: state.data) {
                    style = Theme.changed
                }
                if isCursorRow { style.bold = true }
                if isCursorRow && p.column == state.grid.column { style.reverse = true }
                let text = DisplayWidth.fit(content.display, toWidth: widths[p.column],
                                            alignRight: TypeMark.alignsRight(fields[p.column].type))
                buffer.put(text, x: p.x, y: y, style: style, limit: p.x + p.width)
            }
        }

        // A rule right of the frozen columns, from the header down.
        if let lastFrozen = layout.columns.last(where: \.frozen) {
            let x = lastFrozen.x + widths[lastFrozen.column] + 1
            for y in 0..<(layout.dataTop + visible.count) where x < state.width {
                buffer.put("│", x: x, y: y, style: Theme.rule)
            }
        }
    }

    /// The view rows on screen: never more than fit, whatever the table's size.
    static func visibleRows(_ state: AppState, _ layout: GridLayout) -> Range<Int> {
        let top = max(0, state.grid.top)
        return top..<max(top, min(state.viewRowCount, top + layout.dataRows))
    }
}
