/// Earliest and latest exactly, the spread over time by a quantile sketch.
struct TimeSketch: Sendable {
    var extremes = Extremes()
    var spread = KLLSketch()

    mutating func add(_ v: Double, count: Int) { extremes.add(v, count: count); spread.add(v, weight: count) }
    mutating func merge(_ o: TimeSketch) { extremes.merge(o.extremes); spread.merge(o.spread) }
}
