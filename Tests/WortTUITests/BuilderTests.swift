import Foundation
import Testing
import WortCore
import WortRecipe
@testable import WortTUI

/// Adding steps through the menu and forms, the join wizard and the masking proposal:
/// what they hand to the preview must be exactly the recipe step DataBrew would write.
@Suite struct BuilderTests {
    func params(_ step: RecipeStep?) -> [String: String] {
        var out: [String: String] = [:]
        for (k, v) in step?.action.parameters ?? OrderedParameters() { out[k] = v }
        return out
    }

    @Test func typingFiltersTheMenuByWordStarts() {
        var s = Fixtures.state()
        Fixtures.press(&s, .char("a"))
        #expect(s.overlays == [.menu] && s.menuEntries.count == StepCatalog.all.count)
        Fixtures.type(&s, "ren")
        #expect(s.menuEntries.map(\.operation) == ["RENAME"])
        Fixtures.press(&s, .backspace, .backspace, .backspace)
        Fixtures.type(&s, "mask")
        #expect(!s.menuEntries.isEmpty && s.menuEntries.allSatisfy { $0.group == "Sensitive" })
        Fixtures.press(&s, .escape)
        #expect(s.overlays.isEmpty)
    }

    @Test func renameThroughTheMenuProposesTheExactStep() {
        var s = Fixtures.state()
        Fixtures.press(&s, .right, .char("a"))       // cursor on first_name
        Fixtures.type(&s, "rename")
        Fixtures.press(&s, .enter)
        #expect(s.overlays == [.form] && s.builder.form?.values.first == "first_name")
        Fixtures.press(&s, .tab)
        Fixtures.type(&s, "given_name")
        Fixtures.press(&s, .enter)
        #expect(s.overlays.isEmpty)
        #expect(s.preview?.steps.first?.action.operation == "RENAME")
        #expect(params(s.preview?.steps.first) == ["sourceColumn": "first_name", "targetColumn": "given_name"])
        Fixtures.press(&s, .enter)
        #expect(s.recipe.steps.count == 1 && s.data.schema.names.contains("given_name"))
    }

    @Test func aMaskStepWithTheCursorColumn() {
        var s = Fixtures.state()
        Fixtures.press(&s, .right, .right, .right, .char("a"))   // city
        Fixtures.type(&s, "mask whole")
        Fixtures.press(&s, .enter, .enter)
        let step = s.preview?.steps.first
        #expect(step?.action.operation == "MASK_RANGE")
        #expect(params(step) == ["sourceColumns": "[\"city\"]", "maskSymbol": "#"])
        Fixtures.press(&s, .enter)
        let cities = (0..<30).map { s.data.cell(row: $0, column: 3).display }
        #expect(cities.allSatisfy { $0.allSatisfy { $0 == "#" } } && cities.contains { !$0.isEmpty })
    }

    @Test func columnsFieldAddsWithSpaceAndFindsByTyping() {
        var s = Fixtures.state()
        Fixtures.press(&s, .char("a"))
        Fixtures.type(&s, "delete col")
        Fixtures.press(&s, .enter)
        // Starts with the cursor column; typing "no" finds note, Space adds it.
        Fixtures.type(&s, "no")
        Fixtures.press(&s, .char(" "))
        #expect(ParameterValue.stringList(s.builder.form?.values[0] ?? "") == ["person_id", "note"])
        Fixtures.press(&s, .enter)
        #expect(s.preview?.steps.first.map { params($0) } == ["sourceColumns": "[\"person_id\",\"note\"]"])
    }

    @Test func problemsStayInTheFormAtTheirField() {
        var s = Fixtures.state()
        Fixtures.press(&s, .right, .char("a"))
        Fixtures.type(&s, "rename")
        Fixtures.press(&s, .enter, .enter)
        #expect(s.overlays == [.form] && s.builder.form?.problems["targetColumn"] == "needed")
        #expect(render(s).text.contains("⚠ needed"))
        // A name that is taken: pre-flight's message, at the field.
        Fixtures.type(&s, "city")
        Fixtures.press(&s, .enter)
        let problem = s.builder.form?.problems["targetColumn"] ?? ""
        #expect(problem.contains("city") && s.preview == nil)
    }

    @Test func removeRowsWithAConditionWritesTheCondition() {
        var s = Fixtures.state()
        Fixtures.press(&s, .right, .right, .right, .char("a"))
        Fixtures.type(&s, "remove rows where")
        Fixtures.press(&s, .enter, .tab, .right, .right, .tab)   // "contains"
        Fixtures.type(&s, "Seoul")
        Fixtures.press(&s, .enter)
        let step = s.preview?.steps.first
        #expect(step?.conditions == [ConditionExpression(condition: "CONTAINS", value: "Seoul", targetColumn: "city")])
        Fixtures.press(&s, .enter)
        #expect(s.data.rowCount == 30 - (0..<30).filter { Fixtures.people.cell(row: $0, column: 3).display.contains("Seoul") }.count)
    }

    @Test func joinWizardReadsTheFileSuggestsKeysAndCountsMatches() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wort-join-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let teams = dir.appendingPathComponent("teams.csv").path
        var text = "person_id,team,city\n"
        for i in stride(from: 1000, to: 1040, by: 2) { text += "\(i),team \(i % 3),x\n" }
        try text.write(toFile: teams, atomically: true, encoding: .utf8)

        var s = Fixtures.state()
        Fixtures.press(&s, .char("a"))
        Fixtures.type(&s, "join")
        Fixtures.press(&s, .enter)
        Fixtures.type(&s, dir.path + "/te")
        Fixtures.press(&s, .tab)                       // completes teams.csv
        #expect(s.builder.form?.values[0] == teams)
        Fixtures.press(&s, .enter)                     // reads it
        let join = try #require(s.builder.form?.join)
        #expect(join.rightColumns == ["person_id", "team", "city"])
        #expect(s.builder.form?.values[2] == "person_id" && s.builder.form?.values[3] == "person_id")
        #expect(join.matches == 15)                    // 1000, 1002 ... 1028 of 1000...1029
        #expect(render(s).text.contains("15 of 30 rows here find a match"))
        Fixtures.press(&s, .enter)
        let p = params(s.preview?.steps.first)
        #expect(p["joinType"] == "INNER_JOIN")
        #expect(p["joinKeys"] == "[{\"key\":\"person_id\",\"value\":\"person_id\"}]")
        #expect(p["rightColumns"] == "[\"team\"]")
        #expect(p["secondInputLocation"] == teams && p["secondaryDatasetName"] == "teams")
        Fixtures.press(&s, .enter)
        #expect(s.data.rowCount == 15 && s.data.schema.names.last == "team")
    }

    @Test func unionWizardAppendsTheOtherFilesRowsMatchingColumnsByName() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wort-union-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let more = dir.appendingPathComponent("more.csv").path
        // Other order, one column missing (age), one new (team), one name in other case.
        var text = "CITY,person_id,first_name,score,note,team\n"
        for i in 0..<5 { text += "Busan,\(2000 + i),Name\(i),\(i).5,,t\(i)\n" }
        try text.write(toFile: more, atomically: true, encoding: .utf8)

        var s = Fixtures.state()
        Fixtures.press(&s, .char("a"))
        Fixtures.type(&s, "union")
        #expect(s.menuEntries.first?.operation == "UNION")
        Fixtures.press(&s, .enter)
        Fixtures.type(&s, more)
        Fixtures.press(&s, .enter)                     // reads it
        #expect(s.builder.form?.join?.rightColumns == ["CITY", "person_id", "first_name", "score", "note", "team"])
        #expect(render(s).text.contains("other file: 6 columns, 5 rows"))
        #expect(!render(s).text.contains("find a match"), "a union has no keys")
        #expect(render(s).text.contains("→ UNION  with more.csv"))
        Fixtures.press(&s, .enter)
        let p = params(s.preview?.steps.first)
        #expect(p["datasetsColumns"] == #"[["person_id","first_name","age","city","score","note",null],["person_id","first_name",null,"CITY","score","note","team"]]"#)
        #expect(p["targetColumnNames"] == #"["person_id","first_name","age","city","score","note","team"]"#)
        #expect(p["secondaryDatasetNames"] == "[\"\(more)\"]")
        Fixtures.press(&s, .enter)
        #expect(s.data.rowCount == 35 && s.data.schema.names.last == "team")
        let city = s.data.schema.names.firstIndex(of: "city")!
        #expect(s.data.cell(row: 34, column: city).display == "Busan")
        #expect(s.data.cell(row: 0, column: s.data.columnCount - 1).display != "t0", "rows here have no team")
    }

    @Test func maskProposalTicksAndPreviewsTogether() {
        var s = Fixtures.state()
        s.profile.sensitive = [SensitiveColumn(column: "first_name", entity: "PERSON_NAME", share: 0.9),
                               SensitiveColumn(column: "city", entity: "ADDRESS", share: 0.85)]
        Fixtures.press(&s, .char("M"))
        #expect(s.builder.proposal?.count == 2)
        expectGolden(render(s), "mask-proposal-80x24")
        Fixtures.press(&s, .char("j"), .char(" "), .enter)
        #expect(s.preview?.steps.count == 1)
        #expect(params(s.preview?.steps.first) == ["sourceColumns": "[\"first_name\"]", "start": "1", "maskSymbol": "#"])
    }

    @Test func menuAndFormScreens() {
        var s = Fixtures.state()
        Fixtures.press(&s, .char("a"))
        expectGolden(render(s), "menu-80x24")
        Fixtures.type(&s, "split")
        Fixtures.press(&s, .enter)
        expectGolden(render(s), "form-split-80x24")
        var narrow = s
        settle(&narrow, update(&narrow, .resize(width: 60, height: 15)))
        expectGolden(render(narrow), "form-split-60x15")
        for (w, h) in [(10, 3), (1, 1), (30, 5), (300, 100)] {
            var t = s
            settle(&t, update(&t, .resize(width: w, height: h)))
            _ = render(t)
            t.overlays = [.menu]
            _ = render(t)
        }
    }

    @Test func editingAStepFromTheRecipePanel() {
        var s = Fixtures.state()
        Fixtures.press(&s, .right, .char("a"))
        Fixtures.type(&s, "rename")
        Fixtures.press(&s, .enter, .tab)
        Fixtures.type(&s, "given")
        Fixtures.press(&s, .enter, .enter)
        Fixtures.press(&s, .char("R"), .enter)
        #expect(s.overlays == [.form] && s.builder.form?.values == ["first_name", "given"])
        Fixtures.press(&s, .tab)
        Fixtures.type(&s, "_name")
        Fixtures.press(&s, .enter, .enter)
        #expect(s.recipe.steps.count == 1)
        #expect(params(s.recipe.steps.first?.step)["targetColumn"] == "given_name")
        #expect(s.data.schema.names.contains("given_name"))
    }

    @Test func maskPressedWhileDetectingProposesWhenDetectionEnds() {
        var s = Fixtures.state()
        s.profile.sensitive = nil
        let effects = update(&s, .key(.char("M")))
        #expect(s.builder.proposal == nil && s.builder.maskWhenDetected)
        settle(&s, effects)
        // The people fixture has names the detectors flag.
        #expect(s.profile.sensitive?.isEmpty == false)
        #expect(s.builder.proposal?.isEmpty == false && s.overlays == [.menu])
    }
}

extension BuilderTests {
    /// Files opened beside this one (wort a.csv b.csv) and recent files are offered first.
    @Test func joinWizardOffersOpenedAndRecentFiles() {
        var s = Fixtures.state()
        s.picker.opened = ["/data/teams.csv"]
        s.picker.recent = ["/data/teams.csv", "/data/cities.parquet"]
        Fixtures.press(&s, .char("a"))
        Fixtures.type(&s, "join")
        Fixtures.press(&s, .enter)
        #expect(s.builder.form?.values[0] == "" && render(s).text.contains("◂ ▸ opened/recent"))
        Fixtures.press(&s, .right)
        #expect(s.builder.form?.values[0] == "/data/teams.csv")
        Fixtures.press(&s, .right)
        #expect(s.builder.form?.values[0] == "/data/cities.parquet")
        Fixtures.press(&s, .right)
        #expect(s.builder.form?.values[0] == "/data/teams.csv")
    }
}
