import Testing
@testable import WortTUI

@Suite struct KeyHandlingTests {
    @Test func arrowsAndVimKeysMoveTheCursor() {
        var s = Fixtures.state()
        Fixtures.press(&s, .down, .char("j"), .right, .char("l"))
        #expect(s.grid.row == 2 && s.grid.column == 2)
        Fixtures.press(&s, .up, .char("h"))
        #expect(s.grid.row == 1 && s.grid.column == 1)
        Fixtures.press(&s, .tab, .tab, .backTab, .char(">"), .char("<"))
        #expect(s.grid.column == 2)
    }

    @Test func topBottomAndPages() {
        var s = Fixtures.state(width: 80, height: 10)          // 7 data rows
        Fixtures.press(&s, .char("G"))
        #expect(s.grid.row == 29)
        #expect(s.grid.top == 23)
        #expect(render(s).rowText(7).contains("1029"))
        Fixtures.press(&s, .char("g"))
        #expect(s.grid.row == 0 && s.grid.top == 0)
        Fixtures.press(&s, .pageDown)
        #expect(s.grid.row == 6)
        Fixtures.press(&s, .pageDown, .pageDown, .pageDown, .pageDown, .pageDown)
        #expect(s.grid.row == 29)
        Fixtures.press(&s, .home)
        #expect(s.grid.row == 0)
        Fixtures.press(&s, .up, .left)                           // stays inside
        #expect(s.grid.row == 0 && s.grid.column == 0)
    }

    @Test func idColumnIsFrozenAndBangTogglesFreezing() {
        var s = Fixtures.state(width: 60, height: 15)
        #expect(s.grid.frozen == [0])
        Fixtures.press(&s, .char("$"))
        #expect(render(s).rowText(0).hasPrefix("person_id #"))
        Fixtures.press(&s, .char("0"), .char("!"))
        #expect(s.grid.frozen.isEmpty)
        Fixtures.press(&s, .right, .right, .right, .char("!"))
        #expect(s.grid.frozen == [3])
        #expect(render(s).rowText(0).hasPrefix("city"))
    }

    @Test func helpOpensAndEscClosesOverlaysBeforeQuitting() {
        var s = Fixtures.state()
        Fixtures.press(&s, .char("?"))
        #expect(s.overlays == [.help(scroll: 0)])
        #expect(render(s).text.contains("add a recipe step"))
        Fixtures.press(&s, .escape)
        #expect(s.overlays.isEmpty && !s.shouldQuit)
        Fixtures.press(&s, .enter, .char("?"))
        #expect(s.overlays == [.record(scroll: 0), .help(scroll: 0)])
        Fixtures.press(&s, .char("q"))
        #expect(s.overlays == [.record(scroll: 0)] && !s.shouldQuit)
        Fixtures.press(&s, .char("q"), .char("q"))
        #expect(s.shouldQuit)
    }

    @Test func recordViewStepsThroughRows() {
        var s = Fixtures.state()
        Fixtures.press(&s, .enter, .right, .right)
        #expect(s.grid.row == 2)
        #expect(render(s).rowText(0).contains("row 3 of 30"))
        Fixtures.press(&s, .left)
        #expect(render(s).text.contains("김민준"))
    }

    @Test func footerHintsComeFromTheKeyMap() {
        var s = Fixtures.state()
        var map = KeyMap.standard
        map.bindings[.grid]!.insert(KeyBinding([.char("x")], .quit, hint: "leave", "leave"), at: 0)
        s.keyMap = map
        #expect(render(s).rowText(23).hasPrefix("x leave"))
        Fixtures.press(&s, .char("x"))
        #expect(s.shouldQuit)
    }

    @Test func unknownKeySaysHowToGetHelp() {
        var s = Fixtures.state()
        Fixtures.press(&s, .char("z"))
        #expect(render(s).rowText(23).contains("? for help"))
        Fixtures.press(&s, .down)
        #expect(s.message == nil)
    }

    @Test func ctrlCQuitsWhenIdleButFirstStopsAJob() {
        var s = AppState(width: 80, height: 24, title: "x.csv")
        let effects = s.startLoading(LoadRequest(path: "x.csv", memoryBudget: 1 << 20))
        guard case .load(let id, _) = effects.first else { Issue.record("no load effect"); return }
        let out = update(&s, .key(.ctrl("c")))
        guard case .cancel(let cancelled) = out.first else { Issue.record("no cancel"); return }
        #expect(cancelled == id)
        #expect(s.load.sample == .cancelled && !s.shouldQuit)
        _ = update(&s, .key(.ctrl("c")))
        #expect(s.shouldQuit)
    }

    @Test func mouseClickMovesTheCursorToTheCell() {
        var s = Fixtures.state()
        let layout = GridLayout(s)
        let city = layout.columns.first { $0.column == 3 }!
        _ = update(&s, .click(x: city.x + 1, y: 5))
        #expect(s.grid.row == 4 && s.grid.column == 3)
        _ = update(&s, .wheel(up: false))
        #expect(s.grid.row == 7)
    }
}
