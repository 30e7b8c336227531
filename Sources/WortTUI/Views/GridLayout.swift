/// Where things go on screen, computed from the state alone so that `update` (scrolling,
/// mouse clicks) and `render` agree. Rows: header at 0, data below, then the status
/// line and the footer.
public struct GridLayout: Equatable, Sendable {
    public struct Placed: Equatable, Sendable {
        public var column: Int
        public var x: Int
        /// Columns drawn; less than the column's width when cut at the right edge.
        public var width: Int
        public var frozen: Bool
    }

    public static let headerRows = 1
    public static let bottomRows = 2
    /// Between columns, and after the last frozen one (which gets a rule).
    static let gap = 2
    static let frozenGap = 3

    public var columns: [Placed] = []
    public var dataTop = headerRows
    public var dataRows: Int

    public init(_ state: AppState) {
        dataRows = max(0, state.height - Self.headerRows - Self.bottomRows)
        let widths = state.grid.widths
        guard !widths.isEmpty else { return }
        var x = 0
        let frozen = state.grid.frozen.filter { $0 < widths.count }
        for (i, c) in frozen.enumerated() where x < state.width {
            let w = min(widths[c], state.width - x)
            columns.append(Placed(column: c, x: x, width: w, frozen: true))
            x += widths[c] + (i == frozen.count - 1 ? Self.frozenGap : Self.gap)
        }
        let scrollable = Self.scrollable(state)
        var pos = min(max(0, state.grid.left), max(0, scrollable.count - 1))
        while pos < scrollable.count && x < state.width {
            let c = scrollable[pos]
            columns.append(Placed(column: c, x: x, width: min(widths[c], state.width - x), frozen: false))
            x += widths[c] + Self.gap
            pos += 1
        }
    }

    /// The columns that scroll sideways, in order.
    static func scrollable(_ state: AppState) -> [Int] {
        let frozen = Set(state.grid.frozen)
        return (0..<state.grid.widths.count).filter { !frozen.contains($0) }
    }

    /// All columns in the order they appear: frozen first.
    static func order(_ state: AppState) -> [Int] {
        state.grid.frozen.filter { $0 < state.grid.widths.count } + scrollable(state)
    }

    /// True when `column` is on screen at its full width.
    func showsWhole(_ column: Int, widths: [Int]) -> Bool {
        columns.contains { $0.column == column && $0.width == widths[column] }
    }

    /// The column under screen column `x`, if any.
    func column(atX x: Int) -> Int? {
        columns.last { $0.x <= x }?.column
    }
}
