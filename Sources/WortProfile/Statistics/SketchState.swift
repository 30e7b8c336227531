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
    /// Values that read as dates or timestamps, in microseconds since 1970, read month
    /// first and day first (which one applies is decided at the end, with the type).
    var times = [TimeSketch(), TimeSketch()]

    init() {}

    /// The sketches of an exact table (when a column switches), with the parts the
    /// column's profile uses.
    init(_ table: FrequencyTable, needs: ColumnNeeds) {
        var numbers: [Double] = [], integers: [Double] = []
        var numberCounts: [Int] = [], integerCounts: [Int] = []
        var hll = HyperLogLog()
        for e in 0..<table.count {
            hll.add(hash: table.hash(e))
            guard needs.numbers else { continue }
            table.withBytes(e) { b in
                guard let d = ValueParser.double(b) else { return }
                numbers.append(d); numberCounts.append(table.count(e))
                if needs.integers, let i = ValueParser.int64(b) { integers.append(Double(i)); integerCounts.append(table.count(e)) }
            }
        }
        self.init(numbers: numbers, numberCounts: numberCounts, integers: integers, integerCounts: integerCounts)
        top = TopValuesSummary(exact: table)
        distinct = hll
        if needs.times { for e in 0..<table.count { addTime(table.bytes(e), count: table.count(e)) } }
    }

    /// Numeric sketches of weighted values: those that read as numbers, and the subset
    /// that reads as integers.
    init(numbers: [Double], numberCounts: [Int], integers: [Double], integerCounts: [Int]) {
        self.numbers = Moments(values: numbers, counts: numberCounts)
        self.integers = Moments(values: integers, counts: integerCounts)
        for i in numbers.indices { quantiles.add(numbers[i], weight: numberCounts[i]) }
        numberExtremes = Extremes(values: numbers, counts: numberCounts)
        integerExtremes = Extremes(values: integers, counts: integerCounts)
    }

    mutating func merge(_ o: SketchState) {
        distinct.merge(o.distinct)
        top.merge(o.top)
        integers.merge(o.integers); numbers.merge(o.numbers)
        integerExtremes.merge(o.integerExtremes); numberExtremes.merge(o.numberExtremes)
        quantiles.merge(o.quantiles)
        times[0].merge(o.times[0]); times[1].merge(o.times[1])
    }
}

extension SketchState {
    /// Adds a value that may be a date or timestamp, under both day/month orders.
    mutating func addTime(_ b: UnsafeBufferPointer<UInt8>, count: Int) {
        guard let first = b.first, first &- 0x30 < 10 else { return }
        if let t = ValueParser.timestamp(b, order: .monthFirst) { times[0].add(Double(t), count: count) }
        if let t = ValueParser.timestamp(b, order: .dayFirst) { times[1].add(Double(t), count: count) }
    }
}
