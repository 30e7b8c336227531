import Foundation
import Testing
import WortCore
import WortIO
import WortRecipe
@testable import WortTUI

/// Building a recipe in the session: preview, apply, undo/redo, switching steps off,
/// saving, running as a job, and quitting with unsaved work.
@Suite struct RecipeSessionTests {
    static func step(_ operation: String, _ parameters: [(String, String)]) -> RecipeStep {
        RecipeStep(action: RecipeAction(operation: operation, parameters: OrderedParameters(parameters)))
    }
    static let rename = step("RENAME", [("sourceColumn", "first_name"), ("targetColumn", "given_name")])
    static let upper = step("UPPER_CASE", [("sourceColumn", "city")])

    func column(_ s: AppState, _ name: String) -> [CellContent] {
        guard let c = s.data.schema.names.firstIndex(of: name) else { return [] }
        return (0..<s.data.rowCount).map { s.data.cell(row: $0, column: c) }
    }

    @Test func previewShowsTheChangeAndEnterKeepsIt() {
        var s = Fixtures.state()
        settle(&s, s.proposeSteps([Self.upper]))
        #expect(s.keyContext == .preview)
        let diff = try! #require(s.preview?.diff)
        // Every city with a lower-case letter changes; the others stay.
        let before = Fixtures.people
        let cityBefore = (0..<30).map { before.cell(row: $0, column: 3) }
        let expected = cityBefore.filter { if case .value(let t) = $0 { t != t.uppercased() } else { false } }.count
        #expect(diff.changedCells["city"] == expected && expected > 0)
        #expect(diff.summary.contains("\(expected) cells changed"))
        #expect(render(s).rowText(22).contains("PREVIEW UPPER_CASE"))
        #expect(s.recipe.steps.isEmpty)
        Fixtures.press(&s, .enter)
        #expect(s.preview == nil && s.recipe.steps.map(\.step) == [Self.upper] && s.recipe.unsaved)
        #expect(column(s, "city").contains(.value("SEOUL")))
    }

    @Test func escDropsThePreviewAndRestoresTheData() {
        var s = Fixtures.state()
        let version = s.dataVersion
        settle(&s, s.proposeSteps([Self.rename]))
        #expect(s.data.schema.names.contains("given_name"))
        #expect(s.preview?.diff?.renamed == ["first_name": "given_name"])
        Fixtures.press(&s, .escape)
        #expect(s.preview == nil && s.recipe.steps.isEmpty)
        #expect(s.data.schema.names.contains("first_name") && s.dataVersion == version)
    }

    @Test func undoRedoAndSwitchingOffRecomputeFromTheLoadedRows() {
        var s = Fixtures.state()
        settle(&s, s.proposeSteps([Self.rename])); Fixtures.press(&s, .enter)
        settle(&s, s.proposeSteps([Self.upper])); Fixtures.press(&s, .enter)
        #expect(s.recipe.steps.count == 2 && column(s, "city").contains(.value("SEOUL")))
        Fixtures.press(&s, .char("u"))
        #expect(s.recipe.steps.count == 1 && column(s, "city").contains(.value("Seoul")))
        #expect(s.data.schema.names.contains("given_name"))
        Fixtures.press(&s, .ctrl("r"))
        #expect(s.recipe.steps.count == 2 && column(s, "city").contains(.value("SEOUL")))
        // Switch the rename off in the panel: the data has first_name again, cities stay upper.
        Fixtures.press(&s, .char("R"), .char("k"), .char(" "))
        #expect(s.recipe.steps.map(\.enabled) == [false, true])
        #expect(s.data.schema.names.contains("first_name") && column(s, "city").contains(.value("SEOUL")))
        // Move the upper-case step up, delete it, undo the delete.
        Fixtures.press(&s, .char("j"), .char("K"))
        #expect(s.recipe.steps.map(\.step.action.operation) == ["UPPER_CASE", "RENAME"])
        Fixtures.press(&s, .char("d"))
        #expect(s.recipe.steps.map(\.step.action.operation) == ["RENAME"])
        #expect(column(s, "city").contains(.value("Seoul")))
        Fixtures.press(&s, .char("u"))
        #expect(s.recipe.steps.count == 2)
    }

    @Test func aBrokenStepIsShownUnderItAndTheStepsBeforeItStillApply() {
        var s = Fixtures.state()
        settle(&s, s.proposeSteps([Self.upper])); Fixtures.press(&s, .enter)
        // Renaming a column that the first step's absence... make step 2 name a missing column.
        var steps = s.recipe.steps.map(\.step)
        steps.append(Self.step("RENAME", [("sourceColumn", "no_such"), ("targetColumn", "x")]))
        settle(&s, s.replaceSteps(steps, path: "r.json"))
        #expect(s.recipe.problems.contains { $0.step == 2 && !$0.isWarning })
        #expect(column(s, "city").contains(.value("SEOUL")))
        Fixtures.press(&s, .char("R"))
        #expect(render(s).text.contains("⚠ column 'no_such' not found"))
    }

    @Test func savedRecipeReadsBackAsTheSameSteps() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wort-tui-save-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var s = Fixtures.state()
        settle(&s, s.proposeSteps([Self.rename])); Fixtures.press(&s, .enter)
        settle(&s, s.proposeSteps([Self.upper])); Fixtures.press(&s, .enter)
        Fixtures.press(&s, .char("R"), .char(" "), .escape)   // the last step off: left out of the file
        let path = dir.appendingPathComponent("r.json").path
        Fixtures.press(&s, .char("w"), .ctrl("u"))
        Fixtures.type(&s, path)
        Fixtures.press(&s, .enter)
        let read = try RecipeReader.read(bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))), file: path)
        #expect(read.steps == [Self.rename])
        #expect(!s.recipe.unsaved && s.recipe.path == path)
        #expect(s.message?.text.contains("switched-off left out") == true)
    }

    @Test func quitAsksWhileTheRecipeIsUnsaved() {
        var s = Fixtures.state()
        settle(&s, s.proposeSteps([Self.rename])); Fixtures.press(&s, .enter)
        Fixtures.press(&s, .char("q"))
        #expect(!s.shouldQuit && s.prompt?.purpose == .confirmQuit)
        Fixtures.press(&s, .char("n"))
        #expect(!s.shouldQuit && s.prompt == nil)
        Fixtures.press(&s, .char("q"), .char("y"))
        #expect(s.shouldQuit)
    }

    /// The job reads the file again and writes what the grid showed.
    @Test func runningTheRecipeWritesWhatThePreviewShowed() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wort-tui-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("in.csv").path
        try "id,name,city\n1,Ana,seoul\n2,Bo,lima\n3,,東京\n".write(toFile: input, atomically: true, encoding: .utf8)
        var s = AppState(width: 80, height: 24, title: "in.csv")
        settle(&s, s.startLoading(LoadRequest(path: input, memoryBudget: 1 << 30)))
        settle(&s, s.proposeSteps([Self.step("UPPER_CASE", [("sourceColumn", "city")]),
                                   Self.step("RENAME", [("sourceColumn", "name"), ("targetColumn", "who")])]))
        Fixtures.press(&s, .enter)
        let shown = (0..<s.data.rowCount).map { r in (0..<s.data.columnCount).map { s.data.cell(row: r, column: $0).display } }
        let out = dir.appendingPathComponent("out.csv").path
        Fixtures.press(&s, .char("x"), .ctrl("u"))
        Fixtures.type(&s, out)
        Fixtures.press(&s, .enter)
        #expect(s.message?.text.hasPrefix("wrote 3 rows") == true)
        let reader = try TableFiles.openReader(out, format: nil, options: ReadOptions())
        var written: [[String]] = []
        while let t = try reader.nextBatch() {
            for r in 0..<t.rowCount { written.append(t.columns.map { CellContent($0, row: r).display }) }
        }
        #expect(reader.schema.names == s.data.schema.names)
        #expect(written == shown)
        // A second run to the same file asks before replacing it.
        Fixtures.press(&s, .char("x"), .ctrl("u"))
        Fixtures.type(&s, out)
        Fixtures.press(&s, .enter)
        #expect(s.prompt?.purpose == .confirmReplace(out))
    }

    @Test func recipePanelScreens() {
        var s = Fixtures.state()
        settle(&s, s.proposeSteps([Self.rename])); Fixtures.press(&s, .enter)
        settle(&s, s.proposeSteps([Self.upper])); Fixtures.press(&s, .enter)
        Fixtures.press(&s, .char("R"))
        expectGolden(render(s), "recipe-panel-80x24")
        var narrow = s
        settle(&narrow, update(&narrow, .resize(width: 60, height: 15)))
        expectGolden(render(narrow), "recipe-panel-60x15")
        for (w, h) in [(10, 3), (1, 1), (30, 5)] {
            var tiny = s
            settle(&tiny, update(&tiny, .resize(width: w, height: h)))
            _ = render(tiny)
        }
    }

    @Test func previewScreenMarksChangedCells() {
        var s = Fixtures.state()
        settle(&s, s.proposeSteps([Self.upper]))
        let screen = render(s)
        expectGolden(screen, "preview-step-80x24")
        // The changed city cells carry the changed style; unchanged columns do not.
        let header = screen.rowText(0)
        #expect(header.filter { $0 == "Δ" }.count == 1 && header.range(of: "city +Δ", options: .regularExpression) != nil)
        let styled = (0..<screen.height).flatMap { y in (0..<screen.width).map { screen[$0, y].style } }
        #expect(styled.contains(Theme.changed))
    }
}

extension RecipeSessionTests {
    /// Enter before the preview is computed adds the steps when it is.
    @Test func enterBeforeThePreviewIsReadyAppliesItWhenReady() {
        var s = Fixtures.state()
        let effects = s.proposeSteps([Self.upper])
        #expect(s.preview?.diff == nil)
        Fixtures.press(&s, .enter)
        #expect(s.recipe.steps.isEmpty && s.preview?.applyWhenReady == true)
        settle(&s, effects)
        #expect(s.preview == nil && s.recipe.steps.map(\.step) == [Self.upper])
        #expect(column(s, "city").contains(.value("SEOUL")))
    }
}
