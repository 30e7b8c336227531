import Foundation
import Testing
import WortCore
import WortTestSupport
@testable import WortProfile

@Test func hyperLogLogIsWithinFourStandardErrors() {
    for n in [100, 5_000, 300_000] {
        var h = HyperLogLog()
        var a = HyperLogLog(), b = HyperLogLog()
        for i in 0..<n {
            var s = "value-\(i)"
            let hash = s.withUTF8 { ByteHash.hash($0) }
            h.add(hash: hash)
            if i % 2 == 0 { a.add(hash: hash) } else { b.add(hash: hash) }
        }
        a.merge(b)
        let err = abs(Double(h.estimate) - Double(n)) / Double(n)
        #expect(err <= 4 * HyperLogLog.relativeStandardError, "n=\(n) estimate \(h.estimate)")
        #expect(a.estimate == h.estimate)  // merging is exact for HyperLogLog
    }
}

@Test func kllQuantilesAreWithinTheirRankError() {
    var rng = SeededGenerator(seed: 21)
    var parts = [KLLSketch(), KLLSketch(), KLLSketch()]
    var all: [Double] = []
    for i in 0..<200_000 {
        let v = Double.random(in: 0..<1, using: &rng) * Double.random(in: 0..<1, using: &rng)
        all.append(v)
        parts[i % 3].add(v, weight: 1)
    }
    var k = parts[0]; k.merge(parts[1]); k.merge(parts[2])
    #expect(k.count == all.count)
    all.sort()
    let items = WeightedValues(k.weightedItems())
    #expect(items.total == all.count)
    for p in [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99] {
        let q = items.quantile(p)
        let rank = Double(all.filter { $0 <= q }.count) / Double(all.count)
        #expect(abs(rank - p) <= KLLSketch.rankError, "p=\(p): rank \(rank)")
    }
}

@Test func misraGriesCountsAreLowerBoundsWithinTheirBound() {
    var rng = SeededGenerator(seed: 8)
    var truth: [String: Int] = [:]
    var summaries: [TopValuesSummary] = []
    for _ in 0..<6 {
        var t = FrequencyTable()
        for _ in 0..<20_000 {
            // A few heavy values and a long tail of rare ones.
            let v = Int.random(in: 0..<4, using: &rng) == 0 ? "heavy\(Int.random(in: 0..<5, using: &rng))" : "tail\(Int.random(in: 0..<50_000, using: &rng))"
            truth[v, default: 0] += 1
            var s = v
            s.withUTF8 { _ = t.add($0, hash: ByteHash.hash($0)) }
        }
        summaries.append(TopValuesSummary(exact: t))
    }
    var m = summaries[0]
    for s in summaries.dropFirst() { m.merge(s) }
    #expect(m.table.count <= TopValuesSummary.capacity)
    #expect(m.maxUndercount <= 120_000 / (TopValuesSummary.capacity + 1))
    for e in 0..<m.table.count {
        let v = m.table.string(e)
        let got = m.table.counts[e], real = truth[v]!
        #expect(got <= real && real - got <= m.maxUndercount)
    }
    for h in 0..<5 { #expect((0..<m.table.count).contains { m.table.string($0) == "heavy\(h)" }) }
}

@Test func frequencyTableKeepsDistinctBytesApartEvenOnEqualHashes() {
    var t = FrequencyTable(expected: 2)
    var a = "abc", b = "abd"
    // The same hash on purpose: the stored bytes must tell them apart.
    a.withUTF8 { _ = t.add($0, hash: 42) }
    b.withUTF8 { _ = t.add($0, hash: 42) }
    a.withUTF8 { _ = t.add($0, hash: 42) }
    for i in 0..<100 { var s = "k\(i)"; s.withUTF8 { _ = t.add($0, hash: ByteHash.hash($0)) } }
    #expect(t.count == 102)
    #expect(t.counts[0] == 2 && t.counts[1] == 1)
    #expect(t.string(1) == "abd")
}

@Test func frequencyTableGrowsFromAnyStartingSize() {
    for start in [8, 100, 1000, 4097] {
        var t = FrequencyTable(expected: start, bytes: 16)
        for i in 0..<20_000 { var s = "v\(i % 9000)"; s.withUTF8 { _ = t.add($0, hash: ByteHash.hash($0)) } }
        #expect(t.count == 9000)
        #expect(t.counts.reduce(0, +) == 20_000)
    }
}
