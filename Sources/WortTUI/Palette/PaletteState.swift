import WortCore

/// The command palette (`:`): every action of the grid's key map, found by words of
/// what it does. Generated from the key map, so it never lists what the keys do not do.
public struct PaletteState: Sendable {
    var text = ""
    var cursor = 0
    public init() {}
}

struct PaletteEntry: Equatable {
    var command: Command
    var help: String
    var keys: String
}

extension AppState {
    /// The grid's bindings, one per command, filtered by the typed words (each must
    /// start a word of the description, in any order, ignoring case).
    var paletteEntries: [PaletteEntry] {
        var seen = Set<Command>()
        var all: [PaletteEntry] = []
        for b in keyMap.entries(.grid) where seen.insert(b.command).inserted && b.command != .palette {
            all.append(PaletteEntry(command: b.command, help: b.help, keys: b.keyLabel))
        }
        let words = palette.text.lowercased().split(separator: " ").map(String.init)
        guard !words.isEmpty else { return all }
        return all.filter { e in
            let hay = e.help.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
            return words.allSatisfy { w in hay.contains { $0.hasPrefix(w) } }
        }
    }

    mutating func openPalette() -> [Effect] {
        palette = PaletteState()
        overlays.append(.palette)
        return []
    }

    mutating func paletteKey(_ key: Key) -> [Effect]? {
        switch ListKeys.edit(&palette.text, key) {
        case .changed: palette.cursor = 0; return []
        case .backspaceOnEmpty: overlays.removeLast(); return []
        case .notHandled: return nil
        }
    }

    mutating func paletteCommand(_ command: Command) -> [Effect] {
        let entries = paletteEntries
        if let c = ListKeys.moved(palette.cursor, command, count: entries.count) { palette.cursor = c; return [] }
        switch command {
        case .select:
            overlays.removeLast()
            guard entries.indices.contains(palette.cursor) else { return [] }
            // Runs as if its key were pressed on the grid.
            return gridCommand(entries[palette.cursor].command)
        case .close, .interrupt: overlays.removeLast()
        default: break
        }
        return []
    }
}

/// `:`: a box at the top with the typed words and the matching actions with their keys.
enum PaletteView {
    /// The entry drawn at screen row `y`, for mouse clicks.
    static func entry(atY y: Int, _ state: AppState) -> Int? {
        let count = state.paletteEntries.count
        let height = min(max(0, state.height - GridLayout.bottomRows), max(4, min(count, 14) + 3))
        let rows = height - 3
        let i = firstShown(cursor: state.palette.cursor, count: count, rows: rows) + y - 2
        return y >= 2 && y < 2 + rows && i < count ? i : nil
    }

    static func draw(_ state: AppState, into buffer: inout ScreenBuffer) {
        let width = min(state.width, 76)
        let x0 = (state.width - width) / 2
        let entries = state.paletteEntries
        let height = min(max(0, state.height - GridLayout.bottomRows), max(4, min(entries.count, 14) + 3))
        guard width >= 10, height >= 3 else { return }
        Box.draw(x: x0, y: 0, width: width, height: height, title: "Commands · type what you want to do", into: &buffer)
        let inner = width - 4
        buffer.put(": " + DisplayWidth.sanitize(state.palette.text) + "▏", x: x0 + 2, y: 1, style: Theme.key, limit: x0 + 2 + inner)
        let rows = height - 3
        if entries.isEmpty {
            buffer.put("nothing matches · Backspace", x: x0 + 2, y: 2, style: Theme.null, limit: x0 + 2 + inner)
            return
        }
        let cursor = state.palette.cursor
        let first = firstShown(cursor: cursor, count: entries.count, rows: rows)
        for (i, e) in entries.enumerated().dropFirst(first).prefix(rows) {
            let keys = DisplayWidth.truncate(e.keys, toWidth: 14)
            let text = DisplayWidth.fit(DisplayWidth.truncate(e.help, toWidth: inner - 16), toWidth: inner - 15) + DisplayWidth.fit(keys, toWidth: 15, alignRight: true)
            var style: CellStyle = .plain
            if i == cursor { style.reverse = true }
            buffer.put(text, x: x0 + 2, y: 2 + i - first, style: style, limit: x0 + 2 + inner)
        }
    }
}
