import WortTestSupport
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

@Suite struct SortKeyTests {
    /// Texts alike in their first 16 bytes, equal texts, empty ones and prefixes of each
    /// other: the order must be plain byte order whatever the keys hold.
    @Test func stringsAlikeInTheirFirstBytesSortByTheRest() throws {
        var texts: [String?] = []
        var g = SeededGenerator(seed: 7)
        for _ in 0..<2000 {
            switch g.next() % 6 {
            case 0: texts.append("a.very.long.shared.prefix.\(g.next() % 50)")
            case 1: texts.append("short\(g.next() % 5)")
            case 2: texts.append("")
            case 3: texts.append(nil)
            case 4: texts.append("a.very.long.shared.prefix.")
            default: texts.append(String(repeating: "z", count: Int(g.next() % 20)))
            }
        }
        let table = Table(columns: [Column(name: "t", strings: texts)])   // "" stays a value
        let store = RowStore(schema: table.schema, batches: [table])
        for descending in [false, true] {
            let p = try SortJob.run(SortRequest(store: store, column: 0, descending: descending), cancel: CancelFlag()) { _ in }
            let sorted = p.map { texts[Int($0)] }
            let values = sorted.compactMap { $0 }
            var expected = values.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
            if descending { expected.reverse() }
            #expect(values.count == texts.compactMap { $0 }.count)
            let firstWrong = zip(values, expected).enumerated().first { $0.element.0 != $0.element.1 }
            #expect(firstWrong == nil, "descending \(descending): first difference at \(firstWrong?.offset ?? -1): \(firstWrong?.element.0 ?? "") vs \(firstWrong?.element.1 ?? "")")
            #expect(sorted.suffix(sorted.count - values.count).allSatisfy { $0 == nil })
        }
    }
}


@Suite struct SortWhileLoadingTests {
    @Test func rowsArrivingAfterASortFollowInFileOrderAndTheStatusSaysSo() {
        var s = AppState(width: 140, height: 10, title: "x.csv")
        _ = s.startLoading(LoadRequest(path: "x.csv", memoryBudget: 1 << 30))
        let id = s.load.job!
        let batch = Fixtures.people.batches[0]
        _ = update(&s, .load(id, .batch(batch, fraction: 0.5)))
        Fixtures.press(&s, .char("S"))
        #expect(s.dataRow(0) == 29)
        _ = update(&s, .load(id, .batch(batch, fraction: 1)))
        #expect(s.data.rowCount == 60)
        #expect(s.dataRow(45) == 45)
        #expect(render(s).rowText(8).contains("sorted by person_id ↓ (first 30)"))
    }
}
