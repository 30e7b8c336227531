import Foundation
import Testing
import WortCore
@testable import WortTUI

/// Screens of the palette and the picker at the standard and the smallest supported size.
/// In the serialized suite: the picker tests point WORT_RECENT_FILE elsewhere.
extension PaletteAndPickerTests {
    @Test func paletteAtTheSmallestSize() {
        var s = Fixtures.state()
        settle(&s, update(&s, .resize(width: 60, height: 15)))
        Fixtures.press(&s, .char(":"))
        Fixtures.type(&s, "col")
        // Only actions with a word starting "col" are left, and all of them are.
        #expect(!s.paletteEntries.isEmpty)
        #expect(s.paletteEntries.allSatisfy { $0.help.lowercased().split(separator: " ").contains { $0.hasPrefix("col") } })
        expectGolden(render(s), "palette-60x15")
        // Moving past the rows that fit scrolls the list; the cursor's entry stays drawn.
        for _ in 0..<s.paletteEntries.count { Fixtures.press(&s, .down) }
        let last = s.paletteEntries[s.palette.cursor].help
        #expect(render(s).text.contains(String(last.prefix(20))))
    }

    @Test func pickerScreens() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wort-picker-golden-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir + "/exports", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try String(repeating: "id,name\n", count: 300).write(toFile: dir + "/students.csv", atomically: true, encoding: .utf8)
        try "{}\n".write(toFile: dir + "/events.jsonl", atomically: true, encoding: .utf8)
        try "notes".write(toFile: dir + "/README.md", atomically: true, encoding: .utf8)
        try "x".write(toFile: dir + "/학생 명단.csv", atomically: true, encoding: .utf8)
        setenv("WORT_RECENT_FILE", "", 1)
        defer { unsetenv("WORT_RECENT_FILE") }

        var s = Fixtures.state()
        settle(&s, s.openPicker(at: dir))
        #expect(s.pickerEntries.map(\.name) == ["..", "exports", "events.jsonl", "README.md", "students.csv", "학생 명단.csv"])
        // The temporary folder's name changes with every run; the screens show a fixed one.
        s.picker.directory = "/data/school"
        expectGolden(render(s), "picker-80x24")
        settle(&s, update(&s, .resize(width: 60, height: 15)))
        Fixtures.type(&s, "csv")
        #expect(s.pickerEntries.map(\.name) == ["..", "students.csv", "학생 명단.csv"])
        expectGolden(render(s), "picker-60x15")
    }
}
