import Foundation
import Testing
import WortCore
import WortIO
import WortTestSupport
@testable import WortRecipe

/// JOIN on a second dataset larger than one record block (65,536 rows) and read in many
/// batches, checked against a plain dictionary join computed here.
struct JoinScaleTests {
    @Test(arguments: [false, true])
    func joinMatchesAPlainDictionaryJoin(textKeys: Bool) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wort-joinscale-\(getpid())-\(textKeys)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var g = SeededGenerator(seed: 11)
        let key = { (k: Int) in textKeys ? "k\(k)" : "\(k)" }
        var left = "id,name\n", right = "rid,course,credits\n"
        var leftRows: [(String, String)] = []
        var rightByKey: [String: [(String, String)]] = [:]
        for i in 0..<3000 {
            let k = Int(g.next() % 60_000)
            let name = i % 97 == 0 ? "" : "n\(i)"
            left += "\(i % 50 == 0 ? "" : key(k)),\(name)\n"
            leftRows.append((i % 50 == 0 ? "" : key(k), name))
        }
        for j in 0..<150_000 {
            let k = Int(g.next() % 60_000)
            let course = ["MATH1", "ART2", "LAW3", ""][j % 4]
            let credits = j % 13 == 0 ? "" : "\(j % 5)"
            right += "\(key(k)),\(course),\(credits)\n"
            rightByKey[key(k), default: []].append((course, credits))
        }
        try left.write(to: dir.appendingPathComponent("left.csv"), atomically: true, encoding: .utf8)
        try right.write(to: dir.appendingPathComponent("right.csv"), atomically: true, encoding: .utf8)
        let recipe = try RecipeJSONReader.read(#"""
            [{"Action":{"Operation":"JOIN","Parameters":{"joinKeys":"[{\"key\":\"id\",\"value\":\"rid\"}]","joinType":"LEFT_JOIN","rightColumns":"[\"course\",\"credits\"]","secondaryDatasetName":"r"}}}]
            """#)
        var options = ReadOptions()
        options.batchRows = 1000
        options.blockBytes = 4096
        let env = RecipeEnvironment(datasets: DatasetResolver(mapping: ["r": dir.appendingPathComponent("right.csv").path]), readOptions: options)
        let reader = try TableFiles.openReader(dir.appendingPathComponent("left.csv").path, format: .csv, options: options)
        let (plan, problems) = RecipePlanner.plan(recipe, input: reader.schema, environment: env)
        #expect(problems.filter { !$0.isWarning }.isEmpty, "\(problems)")
        let sink = ByteSink()
        let writer = CSVWriter(format: CSVWriter.Format(delimiter: 0x2C, header: false)) { sink.bytes += $0 }
        _ = try RecipeRunner.run(try #require(plan), reader: reader, writer: writer)
        var expected: [String] = []
        for (k, name) in leftRows {
            let matches = k.isEmpty ? [] : rightByKey[k] ?? []
            if matches.isEmpty { expected.append("\(k),\(name),,") }
            for (c, cr) in matches { expected.append("\(k),\(name),\(c),\(cr)") }
        }
        let got = String(decoding: sink.bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        #expect(got.count == expected.count)
        #expect(got == expected)
    }
}
