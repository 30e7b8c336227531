import Foundation
import Testing

/// The interactive session end to end: the real binary in a tmux terminal, driven by keys
/// as a person would, then `wort run` of the recipe it saved must give what it showed.
@Suite(.serialized) struct TUIEndToEndTests {
    /// Values of a grid row as shown: fields split at the column gaps (two spaces or the
    /// frozen rule), so two screens with different column widths compare by content.
    static func fields(_ line: String) -> [String] {
        line.replacingOccurrences(of: "│", with: "  ")
            .components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Data rows of a screen (between the header and the status line).
    static func dataRows(_ screen: String, height: Int) -> [[String]] {
        let lines = screen.components(separatedBy: "\n")
        return lines.dropFirst().prefix(height - 3).map(fields).filter { !$0.isEmpty }
    }

    /// Rows agree on the fields both screens show (the narrower fit fewer columns).
    static func expectSameRows(_ a: [[String]], _ b: [[String]], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(a.count == b.count, "rows on screen: \(a.count) vs \(b.count)", sourceLocation: sourceLocation)
        for (x, y) in zip(a, b) {
            let k = min(x.count, y.count) - 1   // the last field may be cut at the edge
            #expect(k >= 3 && Array(x.prefix(k)) == Array(y.prefix(k)), "\(x) vs \(y)", sourceLocation: sourceLocation)
        }
    }

    /// The students sample in a 120x40 terminal, loaded.
    static func openStudents(in dir: TempDir) throws -> TmuxSession {
        try FileManager.default.copyItem(atPath: repoPath("samples/students.csv"), toPath: dir.url("students.csv"))
        let tui = try TmuxSession(["students.csv"], in: dir.path, width: 120, height: 40, environment: ["WORT_RECENT_FILE": ""])
        tui.wait(for: "502 rows · full data")
        return tui
    }

    /// `w`, Enter (the default name), then `q`: the session ends cleanly.
    static func saveAndQuit(_ tui: TmuxSession, steps: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        try? tui.keys("w")
        tui.wait(for: "save recipe as: students-recipe.json", sourceLocation: sourceLocation)
        try? tui.keys("Enter")
        tui.wait(for: "saved \(steps) steps to students-recipe.json", sourceLocation: sourceLocation)
        try? tui.keys("q")
        tui.wait(for: "[wort exited 0]", sourceLocation: sourceLocation)
    }

    /// `wort run` of the saved recipe on the sample, and its output as the grid prints it.
    static func runSaved(in dir: TempDir) async throws -> String {
        let run = try await wort("run", "students-recipe.json", "--input", "students.csv", "-o", "out.csv", in: dir.path)
        #expect(run.ok, "\(run)")
        let printed = try await wort("--print-screen", "120x40", "out.csv", in: dir.path)
        #expect(printed.ok, "\(printed)")
        return printed.stdout
    }

    @Test func viewFilterAndSortBecomeStepsSavedAndRunAsShown() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let tui = try Self.openStudents(in: dir)
        defer { tui.close() }
        try tui.keys("l", "l", "l", "f")
        tui.wait(for: "contains (exact case):")
        try tui.type("outlook")
        try tui.keys("Enter")
        tui.wait(for: "filter email ∋ \"outlook\"")
        try tui.keys("s")
        tui.wait(for: "sorted by email")
        try tui.keys("+")
        tui.wait(for: "PREVIEW 3 steps")
        try tui.keys("Enter")
        tui.wait(for: "added steps 1–3")
        let shown = tui.screen()
        Self.saveAndQuit(tui, steps: 3)
        let printed = try await Self.runSaved(in: dir)
        let expected = Self.dataRows(printed, height: 40)
        #expect(!expected.isEmpty && expected.allSatisfy { $0.joined().contains("outlook") })
        Self.expectSameRows(Self.dataRows(shown, height: 40), expected)
    }

    /// The issue's bar: open the students sample, see the email column's sensitive badge,
    /// add a RENAME and a mask step through the menus, preview, save; `wort run` of the
    /// saved file gives exactly the previewed rows.
    @Test func renameAndMaskThroughTheMenusThenRunGivesThePreview() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let tui = try Self.openStudents(in: dir)
        defer { tui.close() }
        try tui.keys("l", "l", "l", "p")
        tui.wait(for: "⚠ SENSITIVE: EMAIL")
        try tui.keys("Escape", "a")
        tui.wait(for: "Add a step")
        try tui.type("rename")
        try tui.keys("Enter")
        tui.wait(for: "new name*")
        try tui.keys("Tab")
        try tui.type("contact_email")
        try tui.keys("Enter")
        tui.wait(for: "PREVIEW RENAME")
        try tui.keys("Enter")
        tui.wait(for: "added step 1: RENAME")
        // The phone column, masked but for its last four characters.
        try tui.keys("l", "a")
        tui.wait(for: "Add a step")
        try tui.type("mask all but")
        try tui.keys("Enter")
        tui.wait(for: "Mask all but the last characters")
        try tui.keys("Enter")
        tui.wait(for: "PREVIEW MASK_RANGE")
        tui.wait(for: "cells changed")
        let previewed = tui.screen()
        try tui.keys("Enter")
        tui.wait(for: "added step 2: MASK_RANGE")
        Self.saveAndQuit(tui, steps: 2)

        let recipe = dir.text("students-recipe.json") ?? ""
        #expect(recipe.contains("\"RENAME\"") && recipe.contains("\"contact_email\"") && recipe.contains("\"MASK_RANGE\""))
        let printed = try await Self.runSaved(in: dir)
        let expected = Self.dataRows(printed, height: 40)
        #expect(printed.contains("contact_email"))
        // Phones end in their last four characters, masked before.
        #expect(expected.contains { $0.joined(separator: " ").contains("######") })
        Self.expectSameRows(Self.dataRows(previewed, height: 40), expected)
    }
}
