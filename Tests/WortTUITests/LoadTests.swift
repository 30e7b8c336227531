import Foundation
import Testing
import WortCore
import WortIO
@testable import WortTUI

@Suite struct LoadTests {
    func writeCSV(rows: Int) throws -> String {
        let path = NSTemporaryDirectory() + "wort-tui-\(UUID().uuidString).csv"
        var text = "id,name,amount\n"
        for i in 0..<rows { text += "\(i),name \(i % 100),\(i % 1000).5\n" }
        // A late value that is not a number: the full read's type for amount becomes
        // string only if most values were text, so it stays double with one invalid cell.
        text += "\(rows),late,n/a-value\n"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func collect(_ request: LoadRequest, cancel: CancelFlag = CancelFlag()) -> [LoadReport] {
        final class Box: @unchecked Sendable { var reports: [LoadReport] = [] }
        let box = Box()
        LoadJob.run(1, request, cancel: cancel) { action in
            if case .load(_, let r) = action { box.reports.append(r) }
        }
        return box.reports
    }

    @Test func previewFirstThenTheFullDataInBatches() throws {
        let path = try writeCSV(rows: 300_000)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let reports = collect(LoadRequest(path: path, memoryBudget: 1 << 30, previewRows: 100))
        guard case .preview(let schema, let preview) = reports.first else { Issue.record("no preview first"); return }
        #expect(schema.fields.map(\.type) == [.int64, .string, .double])
        #expect(preview.rowCount >= 100)
        let batches = reports.compactMap { if case .batch(let t, _) = $0 { t } else { nil } }
        #expect(batches.count > 1)
        #expect(batches.reduce(0) { $0 + $1.rowCount } == 300_001)
        guard case .finished(let sample) = reports.last else { Issue.record("not finished"); return }
        #expect(sample == nil)

        var s = AppState(width: 80, height: 24, title: "t.csv")
        settle(&s, s.startLoading(LoadRequest(path: path, memoryBudget: 1 << 30, previewRows: 100)))
        #expect(s.data.rowCount == 300_001)
        Fixtures.press(&s, .char("G"), .right, .right)
        #expect(s.data.cell(row: s.grid.row, column: 2) == .invalid("n/a-value"))
        #expect(render(s).rowText(22).contains("300,001 rows · full data"))
    }

    @Test func memoryBudgetKeepsASampleAndSaysSo() throws {
        let path = try writeCSV(rows: 300_000)
        defer { try? FileManager.default.removeItem(atPath: path) }
        var s = AppState(width: 80, height: 24, title: "t.csv")
        settle(&s, s.startLoading(LoadRequest(path: path, memoryBudget: 6 << 20, previewRows: 100)))
        #expect(s.data.rowCount > 0 && s.data.rowCount < 300_001)
        #expect(s.data.batches.count > 1)
        #expect(s.data.approximateBytes <= 6 << 20)
        #expect(s.load.sample == .memory(budgetBytes: 6 << 20))
        #expect(render(s).rowText(22).contains("sample: first \(NumberText.grouped(s.data.rowCount)) rows (memory)"))
    }

    @Test func cancelledLoadStopsAndReportsNothingMore() throws {
        let path = try writeCSV(rows: 1000)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let flag = CancelFlag()
        flag.cancel()
        #expect(collect(LoadRequest(path: path, memoryBudget: 1 << 30), cancel: flag).isEmpty)
    }

    @Test func aFileThatCannotBeReadShowsTheError() {
        var s = AppState(width: 80, height: 10, title: "missing.csv")
        settle(&s, s.startLoading(LoadRequest(path: "/nonexistent/missing.csv", memoryBudget: 1 << 20)))
        guard case .failed(let message) = s.load.sample else { Issue.record("no failure"); return }
        #expect(message.contains("missing.csv"))
        #expect(render(s).rowText(0).contains("missing.csv"))
    }

    @Test func everyFormatOpens() throws {
        let dir = NSTemporaryDirectory() + "wort-tui-formats-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let files = [
            "a.tsv": "id\tname\n1\t김민준\n2\tZoë\n",
            "a.jsonl": "{\"id\":1,\"name\":\"김민준\"}\n{\"id\":2,\"name\":\"Zoë\"}\n",
            "a.json": "[{\"id\":1,\"name\":\"김민준\"},{\"id\":2,\"name\":\"Zoë\"}]",
        ]
        for (name, text) in files {
            let path = dir + "/" + name
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            var s = AppState(width: 60, height: 8, title: name)
            settle(&s, s.startLoading(LoadRequest(path: path, memoryBudget: 1 << 30)))
            #expect(s.data.rowCount == 2, "\(name)")
            #expect(s.data.schema.fields.map(\.type) == [.int64, .string], "\(name)")
            #expect(render(s).text.contains("김민준"), "\(name)")
        }
        // Parquet, written by Wort itself.
        let parquet = dir + "/a.parquet"
        let out = try OutputFile(path: parquet)
        let writer = try TableFiles.openWriter(out, format: .parquet)
        try writer.write(Fixtures.big(rows: 30).batches[0])
        try writer.finish()
        try out.commit()
        var s = AppState(width: 80, height: 24, title: "a.parquet")
        settle(&s, s.startLoading(LoadRequest(path: parquet, memoryBudget: 1 << 30)))
        #expect(s.data.rowCount == 30)
        #expect(s.data.schema.fields.map(\.type) == [.int64, .double, .string])
        #expect(render(s).rowText(2).contains("item 1"))
    }
}

extension LoadTests {
    @Test func aLoadThatWillNotFitSaysSoWhileLoading() throws {
        let path = try writeCSV(rows: 300_000)
        defer { try? FileManager.default.removeItem(atPath: path) }
        // Small blocks, so that the reader's read-ahead does not cover the whole file and
        // its progress says how far the rows have come.
        var options = ReadOptions()
        options.blockBytes = 64 << 10
        let reports = collect(LoadRequest(path: path, options: options, memoryBudget: 6 << 20, previewRows: 100))
        let warning = reports.firstIndex { if case .sampleAhead = $0 { true } else { false } }
        let end = reports.firstIndex { if case .finished = $0 { true } else { false } }
        #expect(warning != nil && end != nil && warning! < end!)
        #expect(collect(LoadRequest(path: path, options: options, memoryBudget: 1 << 30, previewRows: 100))
            .allSatisfy { if case .sampleAhead = $0 { false } else { true } })

        var s = AppState(width: 100, height: 10, title: "t.csv")
        _ = s.startLoading(LoadRequest(path: path, memoryBudget: 6 << 20))
        let id = s.load.job!
        _ = update(&s, .load(id, .batch(Fixtures.people.batches[0], fraction: 0.1)))
        _ = update(&s, .load(id, .sampleAhead))
        #expect(render(s).rowText(8).contains("loading 10% · 30 rows · too big: a sample"))
    }
}
