import WortCore

/// One terminal cell: a grapheme and its style. A wide grapheme (CJK, Hangul, most
/// emoji) sits in its first cell with `width` 2; the cell to its right is a
/// continuation (`width` 0, empty text) that the terminal covers with the same glyph.
public struct ScreenCell: Equatable, Sendable {
    public var text: String
    public var width: UInt8
    public var style: CellStyle

    public static let blank = ScreenCell(text: " ", width: 1, style: .plain)
    public var isContinuation: Bool { width == 0 }
}

/// What the screen should show, as a grid of cells: `render` fills one, the terminal
/// adapter draws it, tests compare its text. Writing never goes outside the grid and
/// never leaves half of a wide character behind.
public struct ScreenBuffer: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [ScreenCell]

    public init(width: Int, height: Int) {
        self.width = max(0, width); self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> ScreenCell { cells[y * width + x] }

    /// Writes `text` from column `x` of row `y`, stopping before column `limit` (default:
    /// the right edge). A wide character that would straddle the limit is left out and its
    /// first cell filled with a space. Returns the columns written. Control characters
    /// must be made visible first (`DisplayWidth.sanitize`); zero-width ones are dropped.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: CellStyle = .plain, limit: Int? = nil) -> Int {
        guard y >= 0, y < height else { return 0 }
        let end = min(limit ?? width, width)
        var col = x
        for ch in text {
            let w = DisplayWidth.of(ch)
            if w == 0 { continue }
            if col + w > end {
                if col < end && col >= 0 { set(col, y, ScreenCell(text: " ", width: 1, style: style)) }
                col = end
                break
            }
            if col >= 0 {
                set(col, y, ScreenCell(text: String(ch), width: UInt8(w), style: style))
                if w == 2 { set(col + 1, y, ScreenCell(text: "", width: 0, style: style)) }
            }
            col += w
        }
        return max(0, col - x)
    }

    /// Fills columns `x ..< x + count` of row `y` with `char` (one column wide).
    public mutating func fill(_ char: Character = " ", x: Int, y: Int, count: Int, style: CellStyle = .plain) {
        guard y >= 0, y < height, count > 0 else { return }
        let from = max(0, x), to = min(width, x + count)
        guard from < to else { return }
        for c in from..<to { set(c, y, ScreenCell(text: String(char), width: 1, style: style)) }
    }

    /// Changes the style of existing cells (e.g. to highlight a row) without their text.
    public mutating func restyle(x: Int, y: Int, count: Int, _ change: (inout CellStyle) -> Void) {
        guard y >= 0, y < height else { return }
        let from = max(0, x), to = min(width, x + count)
        guard from < to else { return }
        for c in from..<to { change(&cells[y * width + c].style) }
    }

    /// Sets one cell, first blanking the other half of any wide character it cuts into.
    private mutating func set(_ x: Int, _ y: Int, _ cell: ScreenCell) {
        guard x >= 0, x < width else { return }
        let i = y * width + x
        let old = cells[i]
        if old.isContinuation && x > 0 && cell.width != 0 {
            cells[i - 1] = ScreenCell(text: " ", width: 1, style: cells[i - 1].style)
        }
        if old.width == 2 && x + 1 < width && cell.width != 2 {
            cells[i + 1] = ScreenCell(text: " ", width: 1, style: cells[i + 1].style)
        }
        if cell.width == 2 && x + 1 >= width {
            cells[i] = ScreenCell(text: " ", width: 1, style: cell.style)   // no room for its second half
            return
        }
        cells[i] = cell
    }

    /// Row `y` as the terminal shows it (continuation cells add nothing).
    public func rowText(_ y: Int) -> String {
        var s = ""
        for x in 0..<width where !self[x, y].isContinuation { s += self[x, y].text }
        return s
    }

    /// The whole screen, one line per row.
    public var text: String { (0..<height).map(rowText).joined(separator: "\n") }

    /// Consecutive cells of row `y` in one style, for drawing.
    public struct Run: Equatable, Sendable {
        public var x: Int
        public var cells: ArraySlice<ScreenCell>
        public var style: CellStyle
    }

    public func runs(row y: Int) -> [Run] {
        var out: [Run] = []
        var start = 0
        let base = y * width
        while start < width {
            let style = cells[base + start].style
            var end = start + 1
            while end < width && cells[base + end].style == style { end += 1 }
            out.append(Run(x: start, cells: cells[(base + start)..<(base + end)], style: style))
            start = end
        }
        return out
    }

    /// True when row `y` is the same in both buffers (for redrawing only what changed).
    public func rowEquals(_ other: ScreenBuffer, _ y: Int) -> Bool {
        guard other.width == width, other.height == height else { return false }
        let base = y * width
        return cells[base..<(base + width)] == other.cells[base..<(base + width)]
    }
}
