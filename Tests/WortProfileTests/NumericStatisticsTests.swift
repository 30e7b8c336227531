import Foundation
import Testing
import WortCore
import WortTestSupport
@testable import WortProfile

/// Reference statistics computed the plain way (sort, sum, loop), independent of the
/// profile's value tables, moments and merges.
private struct Reference {
    let xs: [Double]
    init(_ xs: [Double]) { self.xs = xs.sorted() }
    var n: Double { Double(xs.count) }
    var mean: Double { xs.reduce(0, +) / n }
    func central(_ k: Double) -> Double { xs.reduce(0) { $0 + pow($1 - mean, k) } }
    var variance: Double { central(2) / (n - 1) }
    /// numpy.percentile's default ("linear").
    func quantile(_ p: Double) -> Double {
        let pos = p * (n - 1), lo = Int(pos.rounded(.down)), hi = min(xs.count - 1, lo + 1)
        return xs[lo] + (pos - Double(lo)) * (xs[hi] - xs[lo])
    }
    var mad: Double { Reference(xs.map { abs($0 - quantile(0.5)) }).quantile(0.5) }
    var skewness: Double { (n * (n - 1)).squareRoot() / (n - 2) * (central(3) / n) / pow(central(2) / n, 1.5) }
    var kurtosis: Double {
        let m2 = central(2) / n, m4 = central(4) / n
        return (n - 1) * ((n + 1) * m4 / (m2 * m2) - 3 * (n - 1)) / ((n - 2) * (n - 3))
    }
}

@Test(arguments: [false, true])
func numericStatisticsMatchAPlainComputation(sketching: Bool) throws {
    var rng = SeededGenerator(seed: 11)
    let n = 3000
    var ints: [String?] = [], doubles: [String?] = []
    var intValues: [Double] = [], doubleValues: [Double] = []
    for _ in 0..<n {
        if Int.random(in: 0..<20, using: &rng) == 0 { ints.append(nil) } else {
            let v = Int.random(in: -500...4000, using: &rng)
            ints.append(String(v)); intValues.append(Double(v))
        }
        if Int.random(in: 0..<25, using: &rng) == 0 { doubles.append("NA") } else {
            let v = (Double.random(in: 0..<1, using: &rng) * 1000).rounded() / 100 - 2
            doubles.append(String(v)); doubleValues.append(v)
        }
    }
    let profile = try profileCSV(csvText([("i", ints), ("d", doubles)])) { o in
        if sketching { o.exactBudgetBytes = 1 }  // every column switches to sketches at once
    }
    for (name, values) in [("i", intValues), ("d", doubleValues)] {
        let c = try #require(profile.columns.first { $0.name == name })
        let ref = Reference(values)
        let s = try #require(c.numbers)
        #expect(c.missingValuesCount == n - values.count)
        #expect(s.count == values.count)
        #expect(s.min == ref.xs.first && s.max == ref.xs.last)
        #expect(relativelyClose(s.mean, ref.mean), "\(name) mean \(s.mean) vs \(ref.mean)")
        #expect(relativelyClose(s.sum, values.reduce(0, +)))
        #expect(relativelyClose(s.variance, ref.variance), "\(name) variance")
        #expect(relativelyClose(s.standardDeviation, ref.variance.squareRoot()))
        #expect(relativelyClose(s.skewness, ref.skewness, 1e-7), "\(name) skewness \(s.skewness ?? .nan) vs \(ref.skewness)")
        #expect(relativelyClose(s.kurtosis, ref.kurtosis, 1e-7), "\(name) kurtosis")
        #expect(s.zerosCount == values.filter { $0 == 0 }.count)
        if sketching {
            // Order statistics come from the KLL sketch: within its rank error.
            let sorted = ref.xs
            for (p, got) in [(0.05, s.percentile5), (0.5, s.median), (0.95, s.percentile95)] {
                let below = Double(sorted.filter { $0 < got }.count), atOrBelow = Double(sorted.filter { $0 <= got }.count)
                let target = p * Double(sorted.count)
                let err = max(0, below - target, target - atOrBelow) / Double(sorted.count)
                #expect(err <= 2 * KLLSketch.rankError, "\(name) p\(p) rank error \(err)")
            }
            #expect(c.uniqueValuesCount == nil)
            #expect(c.sketches.contains { $0.method.contains("KLL") })
            let distinct = Double(Set(values).count)
            #expect(abs(Double(c.distinctValuesCount) - distinct) <= 4 * HyperLogLog.relativeStandardError * distinct)
        } else {
            #expect(relativelyClose(s.percentile5, ref.quantile(0.05)))
            #expect(relativelyClose(s.percentile25, ref.quantile(0.25)))
            #expect(relativelyClose(s.median, ref.quantile(0.5)))
            #expect(relativelyClose(s.percentile75, ref.quantile(0.75)))
            #expect(relativelyClose(s.percentile95, ref.quantile(0.95)))
            #expect(relativelyClose(s.interquartileRange, ref.quantile(0.75) - ref.quantile(0.25)))
            #expect(relativelyClose(s.medianAbsoluteDeviation, ref.mad))
            var counts: [Double: Int] = [:]
            for v in values { counts[v, default: 0] += 1 }
            #expect(c.distinctValuesCount == counts.count)
            #expect(c.uniqueValuesCount == counts.values.filter { $0 == 1 }.count)
            let top = counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!
            #expect(s.mode == top.key)
            #expect(c.mostCommonValues.first?.count == top.value)
            let entropy = counts.values.reduce(0.0) { let p = Double($1) / Double(values.count); return $0 - p * log(p) }
            #expect(relativelyClose(c.entropy, entropy))
            let smallest = Array(Set(values)).sorted().prefix(5)
            #expect(c.minimumValues.map(\.value.description) == smallest.map { name == "i" ? String(Int($0)) : NumberText.format($0) })
            #expect(c.minimumValues.map(\.count) == smallest.map { v in values.filter { $0 == v }.count })
        }
        // Histogram and outliers: every value in one bucket; outliers are |z| > 3.
        #expect(s.valueDistribution.map(\.count).reduce(0, +) == values.count)
        #expect(s.valueDistribution.count == 20)
        let sd = ref.variance.squareRoot()
        if !sketching {
            #expect(s.zScoreOutliersCount == values.filter { abs(($0 - ref.mean) / sd) > 3 }.count)
            let width = (ref.xs.last! - ref.xs.first!) / 20
            let firstBucket = values.filter { $0 < ref.xs.first! + width }.count
            #expect(s.valueDistribution[0].count == firstBucket)
        }
    }
}

@Test func outliersAreCountedAndSampledByZScore() throws {
    var col: [String?] = Array(repeating: "10", count: 200) + Array(repeating: "11", count: 200)
    col += ["1000", "-900"]
    let p = try profileCSV(csvText([("x", col)]))
    let s = try #require(p.columns[0].numbers)
    #expect(s.zScoreOutliersCount == 2)
    #expect(Set(s.zScoreOutliers.map(\.value)) == [1000, -900])
    #expect(s.zScoreOutliers.first?.value == 1000)  // the largest |z| first
}
