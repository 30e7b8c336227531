/// Count, means and co-moments of a pair of columns over the rows where both are
/// numbers, mergeable (Chan et al.'s pairwise update); gives Pearson's r.
struct CoMoments: Sendable, Equatable {
    var n = 0.0
    var meanX = 0.0, meanY = 0.0
    var cxx = 0.0, cyy = 0.0, cxy = 0.0

    /// Over the rows where neither value is NaN; two passes, so the batch's sums are exact
    /// to rounding before they are merged.
    init(_ x: UnsafeBufferPointer<Double>, _ y: UnsafeBufferPointer<Double>) {
        var count = 0, sx = 0.0, sy = 0.0
        for r in 0..<x.count where !x[r].isNaN && !y[r].isNaN { count += 1; sx += x[r]; sy += y[r] }
        guard count > 0 else { return }
        let mx = sx / Double(count), my = sy / Double(count)
        var a = 0.0, b = 0.0, c = 0.0
        for r in 0..<x.count where !x[r].isNaN && !y[r].isNaN {
            let dx = x[r] - mx, dy = y[r] - my
            a += dx * dx; b += dy * dy; c += dx * dy
        }
        n = Double(count); meanX = mx; meanY = my; cxx = a; cyy = b; cxy = c
    }

    init() {}

    mutating func merge(_ o: CoMoments) {
        guard o.n > 0 else { return }
        guard n > 0 else { self = o; return }
        let nt = n + o.n
        let dx = o.meanX - meanX, dy = o.meanY - meanY
        let f = n * o.n / nt
        cxx += o.cxx + dx * dx * f
        cyy += o.cyy + dy * dy * f
        cxy += o.cxy + dx * dy * f
        meanX += dx * o.n / nt
        meanY += dy * o.n / nt
        n = nt
    }

    /// nil when either column is constant or there are fewer than two rows.
    var pearson: Double? {
        guard n >= 2, cxx > 0, cyy > 0 else { return nil }
        return max(-1, min(1, cxy / (cxx * cyy).squareRoot()))
    }
}
