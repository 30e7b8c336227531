import Testing
@testable import WortTUI

/// Whole screens at the two sizes that matter (a usual terminal and a small one),
/// compared with files under Golden/.
@Suite struct GoldenScreenTests {
    @Test func firstScreen80x24() {
        expectGolden(render(Fixtures.state()), "grid-80x24")
    }

    @Test func firstScreen60x15() {
        expectGolden(render(Fixtures.state(width: 60, height: 15)), "grid-60x15")
    }

    @Test func scrolledRightWithFrozenId60x15() {
        var s = Fixtures.state(width: 60, height: 15)
        Fixtures.press(&s, .char("$"), .char("j"), .char("j"))
        expectGolden(render(s), "grid-right-60x15")
    }

    @Test func recordView80x24() {
        var s = Fixtures.state()
        Fixtures.press(&s, .down, .down, .down, .down, .down, .enter)
        expectGolden(render(s), "record-80x24")
    }

    @Test func helpOverlay80x24() {
        var s = Fixtures.state()
        Fixtures.press(&s, .char("?"))
        expectGolden(render(s), "help-80x24")
    }

    @Test func searchPrompt60x15() {
        var s = Fixtures.state(width: 60, height: 15)
        Fixtures.press(&s, .right, .char("/"))
        Fixtures.type(&s, "서")
        expectGolden(render(s), "search-prompt-60x15")
    }

    @Test func loadingPreviewSaysSo() {
        var s = AppState(width: 80, height: 8, title: "big.csv")
        let effects = s.startLoading(LoadRequest(path: "big.csv", memoryBudget: 1 << 30))
        #expect(effects.count == 1)
        let id = s.load.job!
        let store = Fixtures.people
        _ = update(&s, .load(id, .preview(store.schema, store.batches[0])))
        _ = update(&s, .load(id, .scanning(fraction: 0.45)))
        expectGolden(render(s), "preview-80x8")
    }
}
