import Foundation
import Testing
import WortCore
import WortIO
import WortTestSupport
@testable import WortProfile

/// The rows the TUI holds are typed when loaded; profiling them with their declared
/// types (no type evidence, no number parsing of text) must give the figures that
/// inferring the types from the text gives.
@Test(arguments: [160 << 20, 4096])
func declaredTypesGiveTheInferredProfile(budget: Int) throws {
    var rng = SeededGenerator(seed: 11)
    let n = 6000
    let ids = (0..<n).map { String(100_000 + $0) }
    let scores = (0..<n).map { _ in Bool.random(using: &rng) ? String(format: "%.2f", Double.random(in: 0..<4, using: &rng)) : "" }
    let cards = (0..<n).map { _ in String(Int.random(in: 4_000_000_000_000_000...4_999_999_999_999_999, using: &rng)) + "-x" }
    let days = (0..<n).map { i -> String? in
        let d = CivilCalendar.civil(days: 18_000 + (i * 7) % 3000)
        return String(format: "%04d-%02d-%02d", d.year, d.month, d.day)
    }
    let csv = csvText([("id", ids), ("score", scores), ("card", cards), ("day", days)])
    let dir = TempDir()
    defer { dir.cleanup() }
    let path = dir.file("t.csv", csv)

    var options = ProfileOptions()
    options.exactBudgetBytes = budget
    var text = ReadOptions(); text.allStrings = true; text.blockBytes = 8192
    let inferred = try Profiler(options: options).run(CSVReader(source: .file(path), options: text), source: path, typed: false)
    options.trustDeclaredText = true
    var typedRead = ReadOptions(); typedRead.blockBytes = 8192
    let declared = try Profiler(options: options).run(CSVReader(source: .file(path), options: typedRead), source: path, typed: true)

    #expect(declared.columns.map(\.type) == [.int64, .double, .string, .date])
    for (a, b) in zip(inferred.columns, declared.columns) {
        #expect(a.type == b.type, "\(a.name)")
        #expect(a.missingValuesCount == b.missingValuesCount, "\(a.name)")
        #expect(a.invalidCount == b.invalidCount, "\(a.name)")
        if b.sketches.contains(where: { $0.statistics.contains("distinctValuesCount") }) {
            // HyperLogLog hashes the text: "3.10" read as text, "3.1" typed.
            let error = abs(Double(a.distinctValuesCount - b.distinctValuesCount)) / Double(a.distinctValuesCount)
            #expect(error <= 4 * HyperLogLog.relativeStandardError, "\(a.name)")
        } else {
            #expect(a.distinctValuesCount == b.distinctValuesCount, "\(a.name)")
        }
        #expect(a.minimumValues.map(\.value.description) == b.minimumValues.map(\.value.description), "\(a.name)")
        #expect(a.maximumValues.map(\.value.description) == b.maximumValues.map(\.value.description), "\(a.name)")
        #expect(relativelyClose(a.numbers?.mean, b.numbers?.mean), "\(a.name)")
        #expect(relativelyClose(a.numbers?.standardDeviation, b.numbers?.standardDeviation), "\(a.name)")
        #expect(a.patterns.map(\.count) == b.patterns.map(\.count), "\(a.name)")
        #expect(a.temporal?.min == b.temporal?.min && a.temporal?.max == b.temporal?.max, "\(a.name)")
    }
    #expect(declared.columns[0].maximumValues.first?.value.description == ids.last)
}

@Test func extremesOfABatchDoNotDependOnOrder() {
    var rng = SeededGenerator(seed: 3)
    let rising = (0..<5000).map(Double.init)
    let shuffled = rising.shuffled(using: &rng) + [7, 7, 4990]
    for values in [rising, shuffled, Array(rising.reversed())] {
        let counts = values.map { _ in 2 }
        var one = Extremes()
        for (v, c) in zip(values, counts) { one.add(v, count: c) }
        let batch = Extremes(values: values, counts: counts)
        #expect(batch == one)
        #expect(batch.smallest.map(\.value) == [0, 1, 2, 3, 4])
        #expect(batch.largest.map(\.value) == [4999, 4998, 4997, 4996, 4995])
    }
}
