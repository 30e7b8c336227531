import Testing
import WortCore
@testable import WortTUI

/// Filtering for viewing, and turning the view into recipe steps that give the same rows.
@Suite struct ViewFilterTests {
    func cities(_ s: AppState) -> [CellContent] {
        (0..<s.viewRowCount).map { s.data.cell(row: s.dataRow($0), column: 3) }
    }

    @Test func filterKeepsRowsContainingTheTextAndRClearsIt() {
        var s = Fixtures.state()
        Fixtures.press(&s, .right, .right, .right, .char("f"))
        #expect(s.prompt?.purpose == .filter)
        Fixtures.type(&s, "a")
        Fixtures.press(&s, .enter)
        let kept = cities(s)
        let expected = (0..<30).map { Fixtures.people.cell(row: $0, column: 3) }
            .filter { if case .value(let t) = $0 { t.contains("a") } else { false } }
        #expect(kept == expected && !kept.isEmpty && kept.count < 30)
        #expect(render(s).rowText(22).contains("filter city ∋ \"a\": \(kept.count) rows"))
        Fixtures.press(&s, .char("G"))
        #expect(s.grid.row == kept.count - 1)
        Fixtures.press(&s, .char("r"))
        #expect(s.filter == nil && s.viewRowCount == 30)
    }

    @Test func filterFollowsTheSortOrder() {
        var s = Fixtures.state()
        Fixtures.press(&s, .right, .right, .right, .char("S"), .char("f"))
        Fixtures.type(&s, "o")
        Fixtures.press(&s, .enter)
        let kept = cities(s).map(\.display)
        #expect(kept == kept.sorted(by: >) && kept.allSatisfy { $0.contains("o") })
    }

    @Test func theViewAsStepsGivesTheSameRows() {
        var s = Fixtures.state()
        Fixtures.press(&s, .right, .right, .right, .char("s"), .char("f"))
        Fixtures.type(&s, "a")
        Fixtures.press(&s, .enter)
        let shown = cities(s)
        Fixtures.press(&s, .char("+"))
        #expect(s.preview?.steps.map(\.action.operation) == ["REMOVE_VALUES", "REMOVE_MISSING", "SORT"])
        Fixtures.press(&s, .enter)
        #expect(s.recipe.steps.count == 3 && s.filter == nil && s.sort == nil)
        #expect(cities(s) == shown)
    }
}
