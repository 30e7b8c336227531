import Foundation
import Testing
import WortCore
@testable import WortTUI

/// The command palette (from the key map) and the file picker.
@Suite(.serialized) struct PaletteAndPickerTests {
    @Test func paletteFindsActionsByWordsAndRunsThem() {
        var s = Fixtures.state()
        Fixtures.press(&s, .char(":"))
        #expect(s.overlays == [.palette])
        // Every grid command is there once, from the key map.
        let all = s.paletteEntries.map(\.command)
        #expect(Set(all).count == all.count && all.contains(.addStep) && all.contains(.saveRecipe))
        Fixtures.type(&s, "sort desc")
        #expect(s.paletteEntries.map(\.command) == [.sortDescending])
        expectGolden(render(s), "palette-80x24")
        Fixtures.press(&s, .enter)
        #expect(s.overlays.isEmpty && s.sort?.descending == true)
        Fixtures.press(&s, .char(":"))
        Fixtures.type(&s, "profile of")
        Fixtures.press(&s, .enter)
        #expect(s.overlays == [.profile(scroll: 0)])
    }

    @Test func pickerListsFiltersEntersFoldersAndOpensFiles() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wort-picker-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir + "/sub", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "a,b\n1,x\n2,y\n".write(toFile: dir + "/sub/inner.csv", atomically: true, encoding: .utf8)
        try "id,name\n7,seven\n".write(toFile: dir + "/top.csv", atomically: true, encoding: .utf8)
        try "not data".write(toFile: dir + "/notes.pdf", atomically: true, encoding: .utf8)
        setenv("WORT_RECENT_FILE", dir + "/recent", 1)
        defer { unsetenv("WORT_RECENT_FILE") }

        var s = Fixtures.state()
        settle(&s, s.openPicker(at: dir))
        #expect(s.pickerEntries.map(\.name) == ["..", "sub", "notes.pdf", "top.csv"])
        #expect(s.pickerEntries.map(\.readable) == [true, true, false, true])
        Fixtures.type(&s, "top")
        #expect(s.pickerEntries.map(\.name) == ["..", "top.csv"])
        Fixtures.press(&s, .backspace, .backspace, .backspace)
        Fixtures.press(&s, .down, .enter)                 // into sub/
        #expect(s.picker.directory == dir + "/sub" && s.pickerEntries.map(\.name) == ["..", "inner.csv"])
        Fixtures.press(&s, .backspace)                    // up again
        #expect(s.picker.directory == dir)
        Fixtures.press(&s, .down, .down, .enter)          // notes.pdf: refused, picker stays
        #expect(s.overlays == [.picker] && s.picker.error?.contains("not a format") == true)
        Fixtures.press(&s, .down, .enter)                 // top.csv
        #expect(s.overlays.isEmpty && s.title == "top.csv")
        #expect(s.data.rowCount == 1 && s.data.schema.names == ["id", "name"])
        #expect(RecentFiles.load() == [dir + "/top.csv"])
        // Recent files come first the next time.
        settle(&s, s.openPicker(at: dir + "/sub"))
        #expect(s.pickerEntries.first?.isRecent == true && s.pickerEntries.first?.path == dir + "/top.csv")
    }

    @Test func aRecipeStaysWhenAnotherFileOpens() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wort-picker2-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "person_id,city\n1,lima\n2,oslo\n".write(toFile: dir + "/other.csv", atomically: true, encoding: .utf8)
        setenv("WORT_RECENT_FILE", "", 1)
        defer { unsetenv("WORT_RECENT_FILE") }
        var s = Fixtures.state()
        settle(&s, s.proposeSteps([RecipeSessionTests.upper])); Fixtures.press(&s, .enter)
        settle(&s, s.openFile(dir + "/other.csv"))
        #expect(s.recipe.steps.count == 1)
        #expect((0..<2).map { s.data.cell(row: $0, column: 1) } == [.value("LIMA"), .value("OSLO")])
    }

    @Test func smallSizesDoNotCrash() {
        var s = Fixtures.state()
        Fixtures.press(&s, .char(":"))
        for (w, h) in [(10, 3), (1, 1), (30, 5), (60, 15), (300, 100)] {
            var t = s
            settle(&t, update(&t, .resize(width: w, height: h)))
            _ = render(t)
            t.overlays = [.picker]
            _ = render(t)
        }
    }

    @Test func clickingAListEntrySelectsItAndASecondClickRunsIt() {
        var s = Fixtures.state()
        Fixtures.press(&s, .char(":"))
        Fixtures.type(&s, "sort")
        let entries = s.paletteEntries
        let target = entries.firstIndex { $0.command == .sortDescending }!
        // Entries are drawn from row 2 of the box.
        let y = (0..<s.height).first { PaletteView.entry(atY: $0, s) == target }!
        #expect(render(s).rowText(y).contains(entries[target].help.prefix(20)))
        settle(&s, update(&s, .click(x: 10, y: y)))
        #expect(s.palette.cursor == target && s.overlays == [.palette])
        settle(&s, update(&s, .click(x: 10, y: y)))
        #expect(s.overlays.isEmpty && s.sort?.descending == true)

        Fixtures.press(&s, .char("a"))
        let rename = s.menuEntries.firstIndex { $0.operation == "RENAME" }!
        let ry = (0..<s.height).first { MenuView.entry(atY: $0, s) == rename }!
        #expect(render(s).rowText(ry).contains("Rename a column"))
        settle(&s, update(&s, .click(x: 20, y: ry)))
        settle(&s, update(&s, .click(x: 20, y: ry)))
        #expect(s.overlays == [.form] && s.builder.form?.kind.operation == "RENAME")
    }
}
