import Foundation

/// Sorted distinct numbers with counts: the exact value table of a column, or a
/// quantile sketch's weighted items. Every order statistic comes from here.
struct WeightedValues {
    private(set) var values: [Double] = []
    private(set) var counts: [Int] = []
    /// cumulative[i] = rows with a value before values[i].
    private var cumulative: [Int] = []
    private(set) var total = 0

    /// `pairs` in any order; equal values are combined.
    init(_ pairs: [(value: Double, count: Int)]) {
        let sorted = pairs.filter { $0.count > 0 && !$0.value.isNaN }.sorted { $0.value < $1.value }
        for p in sorted {
            if let last = values.last, last == p.value { counts[counts.count - 1] += p.count } else {
                values.append(p.value); counts.append(p.count)
            }
        }
        cumulative.reserveCapacity(values.count)
        for c in counts { cumulative.append(total); total += c }
    }

    var isEmpty: Bool { total == 0 }

    /// The value at 0-based rank `i` of the sorted rows.
    func value(atRank i: Int) -> Double {
        var lo = 0, hi = values.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if cumulative[mid] <= i { lo = mid } else { hi = mid - 1 }
        }
        return values[lo]
    }

    /// quantile_cont: position p·(n-1), linear interpolation between its neighbours.
    func quantile(_ p: Double) -> Double {
        let pos = p * Double(total - 1)
        let lo = Int(pos.rounded(.down))
        let a = value(atRank: lo)
        let frac = pos - Double(lo)
        guard frac > 0, lo + 1 < total else { return a }
        let b = value(atRank: lo + 1)
        return a + frac * (b - a)
    }

    /// The most frequent value; the smallest of equally frequent ones.
    var mode: Double {
        var best = 0
        for i in 1..<counts.count where counts[i] > counts[best] { best = i }
        return values[best]
    }

    /// Sum with Neumaier's compensation, so that large columns keep full precision.
    func weightedSum(_ f: (Double) -> Double) -> Double {
        var s = 0.0, c = 0.0
        for i in 0..<values.count {
            let t = f(values[i]) * Double(counts[i])
            let u = s + t
            c += abs(s) >= abs(t) ? (s - u) + t : (t - u) + s
            s = u
        }
        return s + c
    }
}
