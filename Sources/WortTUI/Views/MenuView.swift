import WortCore

/// `a`: the steps by group, filtered by what is typed; also the masking proposal (`M`).
enum MenuView {
    static func frame(_ state: AppState) -> (x: Int, y: Int, width: Int, height: Int) {
        let width = min(state.width, 64)
        let height = max(0, state.height - GridLayout.bottomRows)
        return ((state.width - width) / 2, 0, width, height)
    }

    static func draw(_ state: AppState, into buffer: inout ScreenBuffer) {
        if let proposal = state.builder.proposal { return drawProposal(state, proposal.map { ($0.label, $0.on) }, into: &buffer) }
        let (x0, y0, width, height) = frame(state)
        guard width >= 10, height >= 4 else { return }
        let filter = state.builder.menuFilter
        Box.draw(x: x0, y: y0, width: width, height: height,
                 title: filter.isEmpty ? "Add a step · type to find" : "Add a step · \(DisplayWidth.sanitize(filter))▏", into: &buffer)
        let inner = width - 4
        let entries = state.menuEntries
        if entries.isEmpty {
            buffer.put("no step matches \"\(DisplayWidth.sanitize(filter))\" · Backspace", x: x0 + 2, y: y0 + 1, style: Theme.null, limit: x0 + 2 + inner)
            return
        }
        let lines = self.lines(entries)
        let rows = height - 2
        let first = firstLine(state, lines: lines, rows: rows)
        for (i, line) in lines.dropFirst(first).prefix(rows).enumerated() {
            var style = line.style
            var text = line.text
            if line.entry == state.builder.menuCursor {
                style.reverse = true
                text = DisplayWidth.fit(text, toWidth: inner)
                if let e = line.entry {
                    // The operation's DataBrew name at the right of the selected entry.
                    let op = entries[e].operation
                    if DisplayWidth.of(line.text) + DisplayWidth.of(op) + 2 <= inner {
                        text = DisplayWidth.fit(line.text, toWidth: inner - DisplayWidth.of(op) - 1) + op + " "
                    }
                }
            }
            buffer.put(text, x: x0 + 2, y: y0 + 1 + i, style: style, limit: x0 + 2 + inner)
        }
    }

    /// Lines: a group title before the first entry of each group.
    static func lines(_ entries: [StepKind]) -> [(text: String, style: CellStyle, entry: Int?)] {
        var lines: [(text: String, style: CellStyle, entry: Int?)] = []
        var lastGroup = ""
        for (k, e) in entries.enumerated() {
            if e.group != lastGroup {
                lines.append((e.group.uppercased(), Theme.title, nil))
                lastGroup = e.group
            }
            lines.append(("  " + e.title + "  ", .plain, k))
        }
        return lines
    }

    static func firstLine(_ state: AppState, lines: [(text: String, style: CellStyle, entry: Int?)], rows: Int) -> Int {
        let cursorLine = lines.firstIndex { $0.entry == state.builder.menuCursor } ?? 0
        return firstShown(cursor: cursorLine, count: lines.count, rows: rows)
    }

    /// The menu entry (or masking step) drawn at screen row `y`, for mouse clicks.
    static func entry(atY y: Int, _ state: AppState) -> Int? {
        let rows = frame(state).height - 2
        if let proposal = state.builder.proposal {
            let shown = min(max(0, state.height - GridLayout.bottomRows), proposal.count + 4) - 3
            let i = firstShown(cursor: state.builder.proposalCursor, count: proposal.count, rows: shown) + y - 1
            return y >= 1 && y < 1 + shown && i < proposal.count ? i : nil
        }
        let lines = self.lines(state.menuEntries)
        let k = firstLine(state, lines: lines, rows: rows) + y - 1
        return y >= 1 && y < 1 + rows && k < lines.count ? lines[k].entry : nil
    }

    static func drawProposal(_ state: AppState, _ items: [(String, Bool)], into buffer: inout ScreenBuffer) {
        let width = min(state.width, 90)
        let x0 = (state.width - width) / 2
        let height = min(max(0, state.height - GridLayout.bottomRows), items.count + 4)
        guard width >= 10, height >= 4 else { return }
        Box.draw(x: x0, y: 0, width: width, height: height, title: "Mask sensitive columns · Space ticks · Enter previews", into: &buffer)
        let inner = width - 4
        let rows = height - 3
        let cursor = state.builder.proposalCursor
        let first = firstShown(cursor: cursor, count: items.count, rows: rows)
        for (i, (label, on)) in items.enumerated().dropFirst(first).prefix(rows) {
            var style: CellStyle = on ? .plain : Theme.null
            if i == cursor { style.reverse = true }
            buffer.put(DisplayWidth.fit((on ? "[x] " : "[ ] ") + DisplayWidth.sanitize(label), toWidth: inner),
                       x: x0 + 2, y: 1 + i - first, style: style, limit: x0 + 2 + inner)
        }
        let on = items.filter(\.1).count
        buffer.put("\(on) of \(items.count) steps ticked", x: x0 + 2, y: height - 2, style: Theme.null, limit: x0 + 2 + inner)
    }
}
