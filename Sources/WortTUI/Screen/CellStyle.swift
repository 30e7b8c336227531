/// A terminal colour: the terminal's own default, or an index into its palette
/// (0–7 the basic colours every terminal has, 8–255 where it has 256).
public struct TerminalColor: Hashable, Sendable {
    /// -1 is the terminal's default (ncurses' `use_default_colors`), so a user's
    /// background and foreground show through.
    public let index: Int16
    public init(_ index: Int16) { self.index = index }

    public static let `default` = TerminalColor(-1)
    public static let black = TerminalColor(0)
    public static let red = TerminalColor(1)
    public static let green = TerminalColor(2)
    public static let yellow = TerminalColor(3)
    public static let blue = TerminalColor(4)
    public static let magenta = TerminalColor(5)
    public static let cyan = TerminalColor(6)
    public static let white = TerminalColor(7)
}

/// How a cell is drawn. Meaning never rests on colour alone: the grid also uses glyphs
/// (∅, type marks) and reverse video, so it reads on monochrome terminals and with NO_COLOR.
public struct CellStyle: Hashable, Sendable {
    public var fg: TerminalColor = .default
    public var bg: TerminalColor = .default
    public var bold = false
    public var reverse = false
    public var underline = false
    public var dim = false

    public init(fg: TerminalColor = .default, bg: TerminalColor = .default,
                bold: Bool = false, reverse: Bool = false, underline: Bool = false, dim: Bool = false) {
        self.fg = fg; self.bg = bg; self.bold = bold; self.reverse = reverse; self.underline = underline; self.dim = dim
    }

    public static let plain = CellStyle()
}
