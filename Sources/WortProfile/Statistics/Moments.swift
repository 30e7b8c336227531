/// Count, mean and central moments up to the fourth, mergeable in any grouping
/// (Pébay's pairwise update formulas), plus min, max, sum and zeros. Used when a column
/// has too many distinct values to keep them all; otherwise the exact value table gives
/// the same figures in two passes.
struct Moments: Sendable, Equatable {
    var n = 0.0
    var mean = 0.0
    var m2 = 0.0
    var m3 = 0.0
    var m4 = 0.0
    var min = Double.infinity
    var max = -Double.infinity
    var zeros = 0

    /// Adds `count` occurrences of `v`.
    mutating func add(_ v: Double, count: Int) {
        var one = Moments()
        one.n = Double(count); one.mean = v; one.min = v; one.max = v
        one.zeros = v == 0 ? count : 0
        merge(one)
    }

    mutating func merge(_ b: Moments) {
        guard b.n > 0 else { return }
        guard n > 0 else { self = b; return }
        let na = n, nb = b.n, nt = na + nb
        let d = b.mean - mean, dn = d / nt
        let m2n = m2 + b.m2 + d * dn * na * nb
        let m3n = m3 + b.m3 + d * dn * dn * na * nb * (na - nb) + 3 * dn * (na * b.m2 - nb * m2)
        let m4n = m4 + b.m4 + d * dn * dn * dn * na * nb * (na * na - na * nb + nb * nb)
            + 6 * dn * dn * (na * na * b.m2 + nb * nb * m2) + 4 * dn * (na * b.m3 - nb * m3)
        mean += dn * nb
        n = nt; m2 = m2n; m3 = m3n; m4 = m4n
        min = Swift.min(min, b.min); max = Swift.max(max, b.max)
        zeros += b.zeros
    }

    var sum: Double { mean * n }
}

extension Moments {
    /// Of `values[i]` occurring `counts[i]` times, in two passes: the mean first, then
    /// the central sums (exact to rounding, no cancellation).
    init(values: [Double], counts: [Int]) {
        self.init()
        var total = 0, s = 0.0
        for i in values.indices {
            total += counts[i]; s += values[i] * Double(counts[i])
            min = Swift.min(min, values[i]); max = Swift.max(max, values[i])
            if values[i] == 0 { zeros += counts[i] }
        }
        guard total > 0 else { return }
        n = Double(total)
        mean = s / n
        for i in values.indices {
            let d = values[i] - mean, w = Double(counts[i]), d2 = d * d
            m2 += w * d2; m3 += w * d2 * d; m4 += w * d2 * d2
        }
    }
}
