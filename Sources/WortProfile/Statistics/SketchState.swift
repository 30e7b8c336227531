import WortCore

/// Statistics of a column that are mergeable in bounded memory: what replaces its exact
/// value table once that table outgrows its share (or a batch's part of it).
struct SketchState: Sendable {
    var distinct = HyperLogLog()
    var top = TopValuesSummary()
    /// Over values that read as integers, and as any number, respectively: which one
    /// applies depends on the type inferred at the end.
    var integers = Moments()
    var numbers = Moments()
    var integerExtremes = Extremes()
    var numberExtremes = Extremes()
    var quantiles = KLLSketch()

    init() {}

    /// The sketches of an exact table.
    init(_ table: FrequencyTable) {
        for e in 0..<table.count {
            distinct.add(hash: table.hashes[e])
            table.withBytes(e) { b in add(b, count: table.counts[e]) }
        }
        top = TopValuesSummary(exact: table)
    }

    private mutating func add(_ b: UnsafeBufferPointer<UInt8>, count: Int) {
        guard let d = ValueParser.double(b) else { return }
        numbers.add(d, count: count)
        numberExtremes.add(d, count: count)
        quantiles.add(d, weight: count)
        if let i = ValueParser.int64(b) {
            integers.add(Double(i), count: count)
            integerExtremes.add(Double(i), count: count)
        }
    }

    mutating func merge(_ o: SketchState) {
        distinct.merge(o.distinct)
        top.merge(o.top)
        integers.merge(o.integers); numbers.merge(o.numbers)
        integerExtremes.merge(o.integerExtremes); numberExtremes.merge(o.numberExtremes)
        quantiles.merge(o.quantiles)
    }
}
