import Testing
import WortCore
@testable import WortTUI

@Suite struct GridRenderingTests {
    @Test func everyRowIsExactlyTheScreenWidth() {
        for (w, h) in [(80, 24), (60, 15), (33, 9)] {
            var s = Fixtures.state(width: w, height: h)
            for keys in [[Key](), [.char("$")], [.enter], [.char("?")]] {
                for k in keys { Fixtures.press(&s, k) }
                let b = render(s)
                for y in 0..<h { #expect(DisplayWidth.of(b.rowText(y)) == w, "row \(y) at \(w)x\(h)") }
                s.overlays = []
            }
        }
    }

    @Test func hangulAndCJKCellsKeepTheNextColumnAligned() {
        let b = render(Fixtures.state())
        let header = b.rowText(0)
        let cityX = DisplayWidth.of(String(header[..<header.range(of: "city")!.lowerBound]))
        for y in 1...10 {
            let row = b.rowText(y)
            // The city column starts at the same screen column in every row.
            var x = 0
            var at = row.startIndex
            while x < cityX { x += DisplayWidth.of(row[at]); at = row.index(after: at) }
            #expect(x == cityX, "row \(y) has a wide character across the city column's start")
            #expect(row[row.index(before: at)] == " ", "row \(y): \(row)")
        }
        #expect(b.text.contains("김민준"))
        #expect(b.text.contains("山田太郎"))
    }

    @Test func nullsInvalidCellsAndControlCharacters() {
        let b = render(Fixtures.state(width: 120, height: 24))
        let text = b.text
        #expect(text.contains("New␊York"))
        #expect(text.contains("Tab␉here"))
        #expect(!text.contains("\n York"))
        // Row 5 (id 1004) has age "unknown": an invalid int64 shown with its text, in red.
        let row = b.rowText(5)
        #expect(row.contains("unknown"))
        let x = DisplayWidth.of(String(row[..<row.range(of: "unknown")!.lowerBound]))
        #expect(b[x, 5].style.fg == .red)
        // Row 4 (id 1003) has a null age: ∅, dim.
        let nullRow = b.rowText(4)
        let nx = DisplayWidth.of(String(nullRow[..<nullRow.range(of: "∅")!.lowerBound]))
        #expect(b[nx, 4].style.dim)
    }

    @Test func longValuesAreCutWithAnEllipsisAtTheCap() {
        var s = Fixtures.state(width: 200, height: 10)
        Fixtures.press(&s, .char("$"))
        #expect(s.grid.widths[5] == ColumnWidths.cap)
        let row = render(s).rowText(1)
        #expect(row.contains("a fairly long note that will not fit in…"))
    }

    @Test func headerCarriesTypeMarks() {
        let header = render(Fixtures.state(width: 120, height: 10)).rowText(0)
        #expect(header.contains("person_id #"))
        #expect(header.contains("age   #"))   // the mark sits at the right end, over the digits
        #expect(header.contains("score ."))
    }

    @Test func cursorCellIsReversedAndStatusSaysWhereItIs() {
        var s = Fixtures.state()
        Fixtures.press(&s, .down, .down, .right)
        let b = render(s)
        let first = GridLayout(s).columns.first { $0.column == 1 }!
        #expect(b[first.x, 3].style.reverse)
        #expect(!b[first.x, 2].style.reverse)
        #expect(b.rowText(22).contains("row 3 / 30 · col 2 / 6 first_name (string)"))
        #expect(b.rowText(22).contains("30 rows · full data"))
    }

    @Test(arguments: [(1, 1), (2, 2), (5, 3), (10, 4), (20, 40), (200, 5), (0, 0), (3, 100)])
    func renderNeverCrashesAtAnySize(w: Int, h: Int) {
        var s = Fixtures.state(width: w, height: h)
        #expect(render(s).width == w)
        Fixtures.press(&s, .char("$"), .char("G"), .enter)
        #expect(render(s).height == h)
        Fixtures.press(&s, .char("?"))
        #expect(render(s).height == h)
    }

    @Test func resizeKeepsTheCursorOnScreen() {
        var s = Fixtures.state(width: 80, height: 24)
        Fixtures.press(&s, .char("G"))
        _ = update(&s, .resize(width: 40, height: 8))
        let layout = GridLayout(s)
        #expect(s.grid.row == 29)
        #expect(s.grid.row >= s.grid.top && s.grid.row < s.grid.top + layout.dataRows)
        #expect(render(s).rowText(5).contains("1029"))
        Fixtures.press(&s, .char("$"))
        #expect(GridLayout(s).showsWhole(5, widths: s.grid.widths) || s.grid.widths[5] > 40 - 12)
        _ = update(&s, .resize(width: 120, height: 40))
        #expect(render(s).rowText(38).contains("row 30 / 30"))
    }
}
