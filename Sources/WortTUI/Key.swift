/// A key press as the UI sees it, decoded once by the terminal adapter (so the UI and its
/// tests never deal with ncurses key codes or escape sequences).
public enum Key: Hashable, Sendable {
    /// A printable character, Shift already applied ("G", "?", "é", "東").
    case char(Character)
    /// Ctrl with a letter, as the lowercase letter (Ctrl-C is `.ctrl("c")`).
    case ctrl(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    case function(Int)

    /// How the help and the footer write the key.
    public var label: String {
        switch self {
        case .char(" "): "Space"
        case .char(let c): String(c)
        case .ctrl(let c): "Ctrl-" + c.uppercased()
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .delete: "Del"
        case .function(let n): "F\(n)"
        }
    }
}
