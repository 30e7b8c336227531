/// What the list overlays (add-step menu, palette, picker, mask proposal) share: moving a
/// cursor through entries, and a filter typed into them.
enum ListKeys {
    /// The cursor after `command` over `count` entries; nil when the command is not a move.
    static func moved(_ cursor: Int, _ command: Command, count: Int, page: Int = 10) -> Int? {
        let last = max(0, count - 1)
        switch command {
        case .up: return max(0, cursor - 1)
        case .down: return min(last, cursor + 1)
        case .pageUp: return max(0, cursor - page)
        case .pageDown: return min(last, cursor + page)
        case .top: return 0
        case .bottom: return last
        default: return nil
        }
    }

    enum Edit { case changed, backspaceOnEmpty, notHandled }

    /// Typing into a list's filter: characters add, Backspace removes, Ctrl-U clears.
    static func edit(_ text: inout String, _ key: Key) -> Edit {
        switch key {
        case .char(let c): text.append(c); return .changed
        case .backspace:
            if text.isEmpty { return .backspaceOnEmpty }
            text.removeLast(); return .changed
        case .ctrl("u"): text = ""; return .changed
        default: return .notHandled
        }
    }
}

extension AppState {
    /// What every panel does alike: F1/? opens the help over it, Ctrl-C stops a running
    /// job or else asks to quit.
    mutating func panelCommand(_ command: Command) -> [Effect] {
        switch command {
        case .help: overlays.append(.help(scroll: 0)); return []
        case .interrupt: return jobs.isEmpty ? askQuit() : cancelJobs()
        default: return []
        }
    }
}

/// The first entry a list shows so that the cursor stays about in the middle.
func firstShown(cursor: Int, count: Int, rows: Int) -> Int {
    max(0, min(cursor - rows / 2, count - rows))
}

extension AppState {
    /// A click in a list overlay: the first click moves the cursor to the entry, a click
    /// on the entry already under the cursor opens it (as Enter does).
    mutating func clickList(x: Int, y: Int) -> [Effect] {
        let hit: Int?
        let cursor: Int
        switch overlays.last {
        case .recipe: hit = RecipePanel.step(atX: x, y: y, self); cursor = recipe.cursor
        case .overview(let c): hit = OverviewView.column(atY: y, self, cursor: c); cursor = c
        case .palette: hit = PaletteView.entry(atY: y, self); cursor = palette.cursor
        case .picker: hit = PickerView.entry(atY: y, self); cursor = picker.cursor
        case .menu: hit = MenuView.entry(atY: y, self); cursor = builder.proposal != nil ? builder.proposalCursor : builder.menuCursor
        default: return []
        }
        guard let hit else { return [] }
        if hit == cursor { return update(&self, .command(.select)) }
        switch overlays.last {
        case .palette: palette.cursor = hit
        case .picker: picker.cursor = hit
        case .menu: if builder.proposal != nil { builder.proposalCursor = hit } else { builder.menuCursor = hit }
        case .recipe: recipe.cursor = hit
        case .overview: overlays[overlays.count - 1] = .overview(scroll: hit)
        default: break
        }
        return []
    }
}
