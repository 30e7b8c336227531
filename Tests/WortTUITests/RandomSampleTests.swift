import Foundation
import Testing
import WortCore
@testable import WortTUI

/// A file bigger than the memory budget, opened with a random sample: rows from all
/// of the file, in file order, about as many as fit, the same for the same seed.
@Suite struct RandomSampleTests {
    func load(_ path: String, seed: UInt64) -> AppState {
        var s = AppState(width: 80, height: 24, title: "t.csv")
        var request = LoadRequest(path: path, memoryBudget: 6 << 20, previewRows: 100)
        request.randomSampleSeed = seed
        settle(&s, s.startLoading(request))
        return s
    }

    @Test func randomSampleSpansTheFileAndSaysSo() throws {
        let path = try LoadTests().writeCSV(rows: 300_000)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let s = load(path, seed: 7)
        #expect(s.load.sample == .random(seed: 7, budgetBytes: 6 << 20))
        let ids = (0..<s.data.rowCount).compactMap { Int(s.data.cell(row: $0, column: 0).display) }
        #expect(ids.count == s.data.rowCount && ids.count > 10_000 && ids.count < 300_000)
        #expect(ids == ids.sorted() && Set(ids).count == ids.count)
        // From the whole file, not its beginning: the last tenth has its share.
        #expect(ids.filter { $0 >= 270_000 }.count > ids.count / 20)
        #expect(s.data.approximateBytes <= 6 << 20)
        #expect(render(s).rowText(22).contains("sample: \(NumberText.grouped(s.data.rowCount)) random rows (seed 7)"))
        let again = load(path, seed: 7)
        #expect((0..<again.data.rowCount).map { again.data.cell(row: $0, column: 0) } == (0..<s.data.rowCount).map { s.data.cell(row: $0, column: 0) })
    }
}
