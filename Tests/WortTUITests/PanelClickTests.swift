import Testing
import WortRecipe
@testable import WortTUI

/// Mouse clicks in the recipe panel and the dataset overview: the first click moves the
/// cursor to the row, a second click on it opens it (as Enter does).
@Suite struct PanelClickTests {
    @Test func clickingAStepInTheRecipePanelSelectsThenEditsIt() {
        var s = Fixtures.state(width: 100, height: 30)
        settle(&s, s.proposeSteps([RecipeSessionTests.rename])); Fixtures.press(&s, .enter)
        settle(&s, s.proposeSteps([RecipeSessionTests.upper])); Fixtures.press(&s, .enter)
        Fixtures.press(&s, .char("R"))
        #expect(s.overlays == [.recipe] && s.recipe.cursor == 1)
        let y = (0..<s.height).first { RecipePanel.step(atX: s.width - 5, y: $0, s) == 0 }!
        #expect(render(s).rowText(y).contains("RENAME"))
        // A click on the grid beside the panel is not a step.
        #expect(RecipePanel.step(atX: 0, y: y, s) == nil)
        settle(&s, update(&s, .click(x: s.width - 5, y: y)))
        #expect(s.recipe.cursor == 0 && s.overlays == [.recipe])
        settle(&s, update(&s, .click(x: s.width - 5, y: y)))
        #expect(s.overlays == [.form] && s.builder.form?.kind.operation == "RENAME")
    }

    @Test func clickingAColumnInTheOverviewSelectsThenOpensIt() {
        var s = ProfilePanelTests.opened()
        Fixtures.press(&s, .char("P"))
        let target = 2
        let y = (0..<s.height).first { OverviewView.column(atY: $0, s, cursor: 0) == target }!
        #expect(render(s).rowText(y).contains(s.data.schema.names[target]))
        settle(&s, update(&s, .click(x: 10, y: y)))
        #expect(s.overlays == [.overview(scroll: target)])
        settle(&s, update(&s, .click(x: 10, y: y)))
        #expect(s.grid.column == target && s.overlays == [.profile(scroll: 0)])
    }
}
