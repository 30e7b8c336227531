import Foundation
import Testing
import WortCore
import WortTestSupport
@testable import WortProfile

@Test func countsTypesAndDuplicatesAreExact() throws {
    var rng = SeededGenerator(seed: 5)
    let words = ["alpha", "beta", "gamma", "delta", "NULL", "", "N/A", "étoile", "이름"]
    var rows: [[String]] = []
    for _ in 0..<2500 {
        rows.append([words[Int.random(in: 0..<words.count, using: &rng)],
                     String(Int.random(in: 0..<3, using: &rng)),
                     Bool.random(using: &rng) ? "2024-0\(Int.random(in: 1...9, using: &rng))-1\(Int.random(in: 0...9, using: &rng))" : "oops"])
    }
    let csv = "w,k,d\n" + rows.map { $0.joined(separator: ",") }.joined(separator: "\n") + "\n"
    let p = try profileCSV(csv)
    #expect(p.rows == rows.count)
    // Duplicates: rows beyond the first of each distinct row (null tokens count alike).
    func normal(_ r: [String]) -> [String] { r.map { ["NULL", "", "N/A"].contains($0) ? "\u{0}" : $0 } }
    #expect(p.duplicateRowsCount == rows.count - Set(rows.map(normal)).count)
    let w = p.columns[0]
    #expect(w.type == .string)
    let nullish = rows.filter { ["NULL", "", "N/A"].contains($0[0]) }.count
    #expect(w.missingValuesCount == nullish)
    #expect(w.distinctValuesCount == Set(rows.map { $0[0] }).subtracting(["NULL", "", "N/A"]).count)
    #expect(w.mostCommonValues.map(\.count).reduce(0, +) == rows.count - nullish)
    let lengths = rows.map(\.[0]).filter { !["NULL", "", "N/A"].contains($0) }.map { Double($0.unicodeScalars.count) }
    #expect(w.numbers?.max == lengths.max() && w.numbers?.min == lengths.min())
    #expect(relativelyClose(w.numbers?.mean, lengths.reduce(0, +) / Double(lengths.count)))
    #expect(p.columns[1].type == .int64)
    #expect(p.columns[1].numbers?.zerosCount == rows.filter { $0[1] == "0" }.count)
    // "oops" is about half the values: no type fits 95%, so text.
    #expect(p.columns[2].type == .string)
    #expect(p.missingCells == p.columns.reduce(0) { $0 + $1.missingValuesCount })
}

@Test func invalidCellsAreCountedAgainstTheInferredType() throws {
    let values: [String?] = (0..<200).map { String($0) } + ["x1", "7.5"]
    let p = try profileCSV(csvText([("n", values)]))
    #expect(p.columns[0].type == .int64)
    #expect(p.columns[0].invalidCount == 2)
    #expect(p.columns[0].numbers?.count == 200)
    #expect(p.columns[0].numbers?.max == 199)
}

@Test func datesGetSpanAndHistogram() throws {
    let days = (0..<400).map { i -> String? in
        let d = CivilCalendar.civil(days: 19_000 + i * 3)
        return String(format: "%04d-%02d-%02d", d.year, d.month, d.day)
    }
    let p = try profileCSV(csvText([("d", days + [nil])]))
    let c = p.columns[0]
    #expect(c.type == .date)
    let t = try #require(c.temporal)
    #expect(t.min == days.first!! && t.max == days.last!!)
    #expect(t.buckets.map(\.count).reduce(0, +) == 400)
    #expect(c.missingValuesCount == 1)
}

@Test func patternsNameCharacterClasses() throws {
    var ssn: [String?] = []
    for i in 0..<50 { ssn.append(String(format: "%03d-%02d-%04d", 100 + i, i % 90 + 10, 1000 + i)) }
    ssn += ["Ab c", "Xy z", "이름"]
    let p = try profileCSV(csvText([("s", ssn)]))
    let patterns = p.columns[0].patterns
    #expect(patterns.first == ValueCount(value: .text("999-99-9999"), count: 50))
    #expect(patterns.contains(ValueCount(value: .text("Aa a"), count: 2)))
    #expect(patterns.contains(ValueCount(value: .text("uu"), count: 1)))
}

@Test func correlationsArePearsonOverRowsWithBothNumbers() throws {
    var rng = SeededGenerator(seed: 3)
    var x: [Double] = [], y: [Double] = []
    var xs: [String?] = [], ys: [String?] = []
    for i in 0..<1500 {
        let a = Double.random(in: 0..<100, using: &rng).rounded()
        let b = (2 * a + Double.random(in: -30..<30, using: &rng)).rounded()
        xs.append(String(Int(a)))
        if i % 10 == 0 { ys.append(nil) } else { ys.append(String(Int(b))); x.append(a); y.append(b) }
    }
    let p = try profileCSV(csvText([("x", xs), ("y", ys)]), blockBytes: 2048)
    let mx = x.reduce(0, +) / Double(x.count), my = y.reduce(0, +) / Double(y.count)
    var sxy = 0.0, sxx = 0.0, syy = 0.0
    for i in x.indices { sxy += (x[i] - mx) * (y[i] - my); sxx += (x[i] - mx) * (x[i] - mx); syy += (y[i] - my) * (y[i] - my) }
    let r = sxy / (sxx * syy).squareRoot()
    let got = try #require(p.columns[0].correlations.first { $0.name == "y" })
    #expect(relativelyClose(got.r, r))
}

@Test func samplesTakeTheFirstOrRandomRows() throws {
    let values: [String?] = (1...1000).map { String($0) }
    let first = try profileCSV(csvText([("v", values)])) { $0.sampleRows = 100 }
    #expect(first.rows == 100)
    #expect(first.columns[0].numbers?.max == 100)
    let a = try profileCSV(csvText([("v", values)])) { $0.sampleRows = 100; $0.sampleSeed = 9 }
    let b = try profileCSV(csvText([("v", values)])) { $0.sampleRows = 100; $0.sampleSeed = 9 }
    let c = try profileCSV(csvText([("v", values)])) { $0.sampleRows = 100; $0.sampleSeed = 10 }
    #expect(a.rows == 100)
    #expect(a.columns[0].numbers?.mean == b.columns[0].numbers?.mean)
    #expect(a.columns[0].numbers?.mean != c.columns[0].numbers?.mean)
    #expect((a.columns[0].numbers?.max ?? 0) > 100)  // not just the first rows
}

@Test func unknownColumnIsAUsageError() {
    #expect(throws: WortError.self) { try profileCSV("a,b\n1,2\n") { $0.columns = ["c"] } }
}

@Test func sketchedTimestampsKeepExactSpan() throws {
    var stamps: [String?] = []
    for i in 0..<3000 {
        let d = CivilCalendar.civil(days: 19_500 + i / 50)
        stamps.append(String(format: "%04d-%02d-%02d %02d:%02d:%02d", d.year, d.month, d.day, (i * 7) % 24, i % 60, (i * 13) % 60))
    }
    let exact = try profileCSV(csvText([("t", stamps)]))
    let sketched = try profileCSV(csvText([("t", stamps)])) { $0.exactBudgetBytes = 1 }
    let e = try #require(exact.columns[0].temporal), s = try #require(sketched.columns[0].temporal)
    #expect(exact.columns[0].type == .timestamp)
    #expect(s.min == e.min && s.max == e.max)
    #expect(s.buckets.map(\.count).reduce(0, +) == 3000)
    #expect(sketched.columns[0].sketches.contains { $0.statistics.contains("temporal.distribution") })
    // Bucket counts from the sketch stay close to the exact ones.
    for (a, b) in zip(e.buckets, s.buckets) { #expect(abs(a.count - b.count) <= 3000 / 20) }
}
