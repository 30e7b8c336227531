import Testing
import WortCore
@testable import WortTUI

@Suite struct VirtualScrollingTests {
    static let million = Fixtures.big(rows: 1_000_000)

    @Test func millionRowsRenderOnlyTheVisibleRows() {
        var s = AppState(width: 80, height: 24, title: "big", store: Self.million)
        let layout = GridLayout(s)
        #expect(GridView.visibleRows(s, layout).count == 21)
        Fixtures.press(&s, .char("G"))
        #expect(GridView.visibleRows(s, GridLayout(s)) == 999_979..<1_000_000)
        let b = render(s)
        #expect(b.rowText(21).contains("999999"))
        #expect(b.rowText(22).contains("row 1,000,000 / 1,000,000"))
        // Rendering touches only those rows: many frames take no time worth noticing
        // (converting all 3,000,000 cells to text would take many seconds).
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for _ in 0..<50 { Fixtures.press(&s, .pageUp); _ = render(s) }
        }
        #expect(elapsed < .seconds(5), "50 frames took \(elapsed)")
        #expect(s.grid.row == 1_000_000 - 1 - 50 * 20)
    }

    @Test func rowsAcrossBatchBoundaries() {
        let store = Self.million
        #expect(store.batches.count == 16)
        #expect(store.cell(row: 65_535, column: 0) == .value("65535"))
        #expect(store.cell(row: 65_536, column: 0) == .value("65536"))
        #expect(store.locate(131_072) == (2, 0))
        #expect(store.cell(row: 999_999, column: 2) == .value("item \(999_999 % 977)"))
    }

    @Test func sortingAMillionRowsKeepsAPermutation() throws {
        let p = try SortJob.run(SortRequest(store: Self.million, column: 1, descending: true), cancel: CancelFlag()) { _ in }
        #expect(p.count == 1_000_000)
        #expect(Set(p.prefix(1000)).count == 1000)
        let first = Self.million.cell(row: Int(p[0]), column: 1)
        #expect(first == .value("99.9"))
        var previous = Double.infinity
        for i in stride(from: 0, to: p.count, by: 997) {
            guard case .value(let t) = Self.million.cell(row: Int(p[i]), column: 1), let v = Double(t) else {
                Issue.record("row \(i) is not a number"); return
            }
            #expect(v <= previous)
            previous = v
        }
    }
}
