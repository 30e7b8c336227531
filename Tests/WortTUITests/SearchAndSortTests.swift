import Testing
import WortCore
@testable import WortTUI

@Suite struct SearchAndSortTests {
    @Test func searchFindsTheNextMatchAndWraps() {
        var s = Fixtures.state()
        Fixtures.press(&s, .right, .char("/"))
        Fixtures.type(&s, "KWAME")
        Fixtures.press(&s, .enter)
        #expect(s.grid.row == 7)                 // case is ignored
        #expect(s.grid.column == 1)
        Fixtures.press(&s, .char("n"))
        #expect(s.grid.row == 17)
        Fixtures.press(&s, .char("n"), .char("n"))
        #expect(s.grid.row == 7)                 // 27, then wrapped to 7
        Fixtures.press(&s, .char("N"))
        #expect(s.grid.row == 27)
    }

    @Test func searchNotFoundSaysSo() {
        var s = Fixtures.state()
        Fixtures.press(&s, .char("/"))
        Fixtures.type(&s, "nope")
        Fixtures.press(&s, .enter)
        #expect(s.grid.row == 0)
        #expect(render(s).rowText(23) == "not found: nope" + String(repeating: " ", count: 65))
    }

    @Test func searchMatchesInvalidCellsByTheirText() {
        var s = Fixtures.state()
        Fixtures.press(&s, .right, .right, .char("/"))
        Fixtures.type(&s, "unkn")
        Fixtures.press(&s, .enter)
        #expect(s.grid.row == 4)
    }

    @Test func promptEditing() {
        var s = Fixtures.state()
        Fixtures.press(&s, .char("/"))
        Fixtures.type(&s, "ab")
        Fixtures.press(&s, .backspace)
        #expect(s.prompt?.text == "a")
        Fixtures.press(&s, .escape)
        #expect(s.prompt == nil && s.search.needle == nil)
    }

    @Test func sortAscendingPutsNullsAndInvalidLast() {
        var s = Fixtures.state()
        Fixtures.press(&s, .right, .right, .char("s"))
        let ages = (0..<30).map { s.data.cell(row: s.dataRow($0), column: 2) }
        let numbers = ages.compactMap { if case .value(let t) = $0 { Int(t) } else { nil } }
        #expect(numbers == numbers.sorted())
        #expect(numbers.count == 25)
        #expect(ages.suffix(5).allSatisfy { $0 == .null || $0 == .invalid("unknown") })
        #expect(render(s).rowText(22).contains("sorted by age ↑"))
        // Viewing only: the data itself is untouched.
        #expect(s.data.cell(row: 0, column: 0) == .value("1000"))
    }

    @Test func sortDescendingByTextAndBackToFileOrder() {
        var s = Fixtures.state()
        Fixtures.press(&s, .right, .char("S"))
        let names = (0..<30).map { s.data.cell(row: s.dataRow($0), column: 1).display }
        #expect(names == names.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }).reversed())
        #expect(names.first == "서연")          // Hangul sorts after CJK ideographs in UTF-8
        Fixtures.press(&s, .char("r"))
        #expect(s.sort == nil)
        #expect(s.dataRow(5) == 5)
    }

    @Test func searchFollowsTheSortedOrder() {
        var s = Fixtures.state()
        Fixtures.press(&s, .right, .char("s"), .char("/"))
        Fixtures.type(&s, "Zo")
        Fixtures.press(&s, .enter)
        #expect(s.data.cell(row: s.dataRow(s.grid.row), column: 1) == .value("Zoë"))
        #expect(s.grid.row == 18)   // after three each of Ana, Chloé, Fatima, José, Kwame, Priya
    }

    @Test func sortJobStopsWhenCancelled() {
        let flag = CancelFlag()
        flag.cancel()
        #expect(throws: JobCancelled.self) {
            _ = try SortJob.run(SortRequest(store: Fixtures.big(rows: 200_000), column: 1, descending: false), cancel: flag) { _ in }
        }
    }

    @Test func escCancelsARunningSort() {
        var s = Fixtures.state()
        let effects = update(&s, .key(.char("s")))
        guard case .sort(let id, _) = effects.first else { Issue.record("no sort effect"); return }
        #expect(render(s).rowText(23).hasPrefix("sorting by person_id… · Esc cancels"))
        let out = update(&s, .key(.escape))
        guard case .cancel(let c) = out.first else { Issue.record("no cancel"); return }
        #expect(c == id)
        #expect(s.pendingSort == nil && s.jobs.isEmpty)
        // A late result of the cancelled job changes nothing.
        _ = update(&s, .sorted(id, permutation: Array(0..<30).reversed().map(Int32.init)))
        #expect(s.sort == nil)
    }
}
