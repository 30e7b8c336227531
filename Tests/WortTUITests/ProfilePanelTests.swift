import Foundation
import Testing
import WortCore
@testable import WortTUI

/// The column profile panel, the dataset overview, the sensitive marks and the report.
@Suite struct ProfilePanelTests {
    /// 40 rows: an id, an email column, a number with a spread, a date.
    static var contacts: RowStore {
        var ids: [String?] = [], emails: [String?] = [], amounts: [String?] = [], days: [String?] = []
        let people = ["ana", "bo", "chen", "dee", "eli", "fay", "gus", "hana"]
        for i in 0..<40 {
            ids.append(String(i + 1))
            emails.append(i == 7 ? nil : "\(people[i % 8]).\(i)@example.org")
            amounts.append(String(format: "%.1f", Double((i * i) % 97) + 0.5))
            days.append(String(format: "2024-%02d-%02d", i % 12 + 1, i % 28 + 1))
        }
        let table = Table(columns: [
            Fixtures.column("contact_id", .int64, ids),
            Fixtures.column("email", .string, emails),
            Fixtures.column("amount", .double, amounts),
            Fixtures.column("signed_up", .date, days),
        ])
        return RowStore(schema: table.schema, batches: [table])
    }

    static func opened(width: Int = 100, height: Int = 30) -> AppState {
        var s = AppState(width: width, height: height, title: "contacts.csv", store: contacts)
        settle(&s, s.dataChanged())
        return s
    }

    @Test func sensitiveColumnsAreFoundInTheBackgroundAndMarkedInTheHeader() {
        let s = Self.opened()
        #expect(s.profile.sensitive?.map(\.column) == ["email"])
        #expect(s.profile.sensitive?.first?.entity == "EMAIL")
        let header = render(s).rowText(0)
        #expect(header.range(of: "email +⚠", options: .regularExpression) != nil)
        #expect(header.filter { $0 == "⚠" }.count == 1)
    }

    @Test func panelShowsTheBadgeMaskedExamplesAndNoRawValue() {
        var s = Self.opened()
        Fixtures.press(&s, .right, .char("p"))
        #expect(s.overlays == [.profile(scroll: 0)])
        let screen = render(s)
        let x0 = ProfilePanel.frame(s).x
        let panel = (0..<screen.height).map { y in String(screen.rowText(y).dropFirst(x0)) }.joined(separator: "\n")
        #expect(panel.contains("⚠ SENSITIVE: EMAIL"))
        #expect(panel.contains("missing 1 (\(NumberText.percent(1.0 / 40)))"))
        #expect(panel.contains("length min 16"))
        // Raw addresses never show in the panel, only masked ones.
        #expect(!panel.contains("@example.org") && panel.contains("•"))
        expectGolden(render(s), "profile-email-100x30")
    }

    @Test func numberPanelHasFiguresAndAnEighthBlockHistogram() {
        var s = Self.opened()
        Fixtures.press(&s, .right, .right, .char("p"))
        let text = render(s).text
        let amounts = (0..<40).map { Double(($0 * $0) % 97) + 0.5 }
        #expect(text.contains("min \(ProfilePanel.num(amounts.min()!))"))
        #expect(text.contains("max \(ProfilePanel.num(amounts.max()!))"))
        #expect(text.contains("█"))
        // h/l move to the neighbouring columns' profiles.
        Fixtures.press(&s, .char("l"))
        #expect(s.grid.column == 3 && render(s).text.contains("from 2024-01-01"))
        Fixtures.press(&s, .escape)
        #expect(s.overlays.isEmpty)
    }

    @Test func aProfileOfOlderDataIsNotShownAsCurrent() {
        var s = Self.opened()
        let name = "email"
        #expect(s.profile.column(name, version: s.dataVersion) != nil)
        s.dataVersion += 1
        #expect(s.profile.column(name, version: s.dataVersion) == nil)
        Fixtures.press(&s, .right)
        s.overlays.append(.profile(scroll: 0))
        #expect(render(s).text.contains("profiling email…"))
    }

    @Test func overviewListsEveryColumnAndEnterOpensOne() {
        var s = Self.opened()
        Fixtures.press(&s, .char("P"))
        let text = render(s).text
        #expect(text.contains("40 rows · 4 columns · 0 duplicate rows · 1 missing cells · 1 sensitive"))
        #expect(text.contains("⚠ EMAIL"))
        expectGolden(render(s), "overview-100x30")
        Fixtures.press(&s, .char("j"), .char("j"), .enter)
        #expect(s.grid.column == 2 && s.overlays == [.profile(scroll: 0)])
    }

    @Test func smallScreensDoNotBreak() {
        var s = Self.opened(width: 60, height: 15)
        Fixtures.press(&s, .right, .char("p"))
        expectGolden(render(s), "profile-email-60x15")
        var overview = Self.opened(width: 60, height: 15)
        Fixtures.press(&overview, .char("P"))
        expectGolden(render(overview), "overview-60x15")
        var number = Self.opened(width: 80, height: 24)
        Fixtures.press(&number, .right, .right, .char("p"))
        expectGolden(render(number), "profile-amount-80x24")
        for (w, h) in [(10, 3), (1, 1), (30, 5), (300, 100)] {
            var t = s
            settle(&t, update(&t, .resize(width: w, height: h)))
            _ = render(t)
            t.overlays = [.overview(scroll: 0)]
            _ = render(t)
        }
    }

    @Test func reportIsWrittenByItsExtension() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wort-tui-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var s = Self.opened()
        let path = dir.appendingPathComponent("r.json").path
        Fixtures.press(&s, .char("e"), .ctrl("u"))
        Fixtures.type(&s, path)
        Fixtures.press(&s, .enter)
        #expect(s.message?.text == "wrote the profile report to \(path)")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any]
        let columns = json?["columns"] as? [[String: Any]]
        #expect(columns?.count == 4)
        let raw = try String(contentsOfFile: path, encoding: .utf8)
        #expect(!raw.contains("ana.0@example.org"))
        Fixtures.press(&s, .char("e"), .ctrl("u"))
        Fixtures.type(&s, dir.appendingPathComponent("r.pdf").path)
        Fixtures.press(&s, .enter)
        #expect(s.message?.isError == true)
    }

    /// On big data the panel shows the first rows' profile first, says so, and is then
    /// replaced by the profile of all rows.
    @Test func bigDataShowsTheFirstRowsFirstThenAll() {
        var s = AppState(width: 100, height: 30, title: "big", store: Fixtures.big(rows: 450_000))
        Fixtures.press(&s, .right)
        let effects = update(&s, .command(.profileColumn))
        #expect(effects.count == 2)
        // Only the first job (the first rows) has reported.
        final class Box: @unchecked Sendable { var actions: [Action] = [] }
        let box = Box()
        EffectExecutor.perform(effects[0], cancel: CancelFlag()) { box.actions.append($0) }
        for a in box.actions { _ = update(&s, a) }
        let partial = render(s).text
        #expect(partial.contains("first 200,000 rows · all 450,000 in progress"))
        #expect(s.profile.firstRowsOnly("value", version: s.dataVersion)?.rows == 200_000)
        settle(&s, [effects[1]])
        #expect(s.profile.column("value", version: s.dataVersion)?.rows == 450_000)
        #expect(!render(s).text.contains("in progress") && render(s).text.contains("450,000 rows"))
    }
}
