import WortCore

/// `?`: every binding of the key map, by screen, in a box over the grid.
enum HelpOverlay {
    struct Line: Equatable {
        var keys: String
        var text: String
        var isTitle = false
    }

    static let titles: [KeyContext: String] = [
        .grid: "Grid", .preview: "Step preview", .record: "Record view", .profile: "Column profile",
        .overview: "Dataset overview", .recipe: "Recipe panel", .menu: "Add-step menu", .form: "Step form",
        .palette: "Command palette", .picker: "File picker", .help: "Help",
    ]

    static func lines(_ state: AppState) -> [Line] {
        var out: [Line] = []
        for context in KeyContext.allCases where !state.keyMap.entries(context).isEmpty {
            if !out.isEmpty { out.append(Line(keys: "", text: "")) }
            out.append(Line(keys: titles[context] ?? context.rawValue, text: "", isTitle: true))
            for b in state.keyMap.entries(context) { out.append(Line(keys: b.keyLabel, text: b.help)) }
        }
        return out
    }

    static func draw(_ state: AppState, scroll: Int, into buffer: inout ScreenBuffer) {
        let all = lines(state)
        let boxWidth = min(state.width, 72)
        let boxHeight = min(state.height - GridLayout.bottomRows, all.count + 2)
        guard boxWidth >= 10, boxHeight >= 3 else { return }
        let x0 = (state.width - boxWidth) / 2
        let inner = boxWidth - 4
        let rows = boxHeight - 2
        let first = max(0, min(scroll, all.count - rows))
        Box.draw(x: x0, y: 0, width: boxWidth, height: boxHeight,
                 title: "Keys · Esc closes" + (all.count > rows ? " · ↑↓ scroll" : ""), into: &buffer)
        let keyWidth = min(18, all.map { DisplayWidth.of($0.keys) }.max() ?? 0)
        for (i, line) in all[first..<min(all.count, first + rows)].enumerated() {
            let y = 1 + i
            if line.isTitle {
                buffer.put(line.keys, x: x0 + 2, y: y, style: Theme.title, limit: x0 + 2 + inner)
                continue
            }
            buffer.put(DisplayWidth.fit(line.keys, toWidth: keyWidth), x: x0 + 2, y: y, style: Theme.key, limit: x0 + 2 + inner)
            buffer.put(line.text, x: x0 + 4 + keyWidth, y: y, limit: x0 + 2 + inner)
        }
    }
}

/// A frame with a title, its inside cleared.
enum Box {
    static func draw(x: Int, y: Int, width: Int, height: Int, title: String, into buffer: inout ScreenBuffer) {
        guard width >= 2, height >= 2 else { return }
        for row in y..<(y + height) { buffer.fill(x: x, y: row, count: width) }
        buffer.put("┌" + String(repeating: "─", count: width - 2) + "┐", x: x, y: y)
        buffer.put("└" + String(repeating: "─", count: width - 2) + "┘", x: x, y: y + height - 1)
        for row in (y + 1)..<(y + height - 1) {
            buffer.put("│", x: x, y: row)
            buffer.put("│", x: x + width - 1, y: row)
        }
        buffer.put(" " + DisplayWidth.truncate(title, toWidth: width - 6) + " ", x: x + 2, y: y, style: Theme.title)
    }
}
