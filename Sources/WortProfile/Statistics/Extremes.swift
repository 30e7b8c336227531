/// The few smallest and largest distinct values with exact counts, mergeable; gives
/// `minimumValues`/`maximumValues` when a column has too many values to keep them all.
struct Extremes: Sendable, Equatable {
    init() {}

    static let size = 5
    private(set) var smallest: [(value: Double, count: Int)] = []
    private(set) var largest: [(value: Double, count: Int)] = []

    static func == (a: Extremes, b: Extremes) -> Bool {
        a.smallest.elementsEqual(b.smallest, by: { $0 == $1 }) && a.largest.elementsEqual(b.largest, by: { $0 == $1 })
    }

    mutating func add(_ v: Double, count: Int) {
        addSmall(v, count)
        addLarge(v, count)
    }

    /// The extremes of weighted values. The largest are looked for from the end: a
    /// rising column (row ids) then offers each list only its few candidates, where in
    /// order every value would be a new largest. The result does not depend on order.
    init(values: [Double], counts: [Int]) {
        for i in values.indices { addSmall(values[i], counts[i]) }
        for i in values.indices.reversed() { addLarge(values[i], counts[i]) }
    }

    // Most values are neither among the smallest nor the largest seen.
    @inline(__always) private mutating func addSmall(_ v: Double, _ c: Int) {
        if smallest.count < Extremes.size || v <= smallest[Extremes.size - 1].value { insert(v, c, into: &smallest, before: <) }
    }

    @inline(__always) private mutating func addLarge(_ v: Double, _ c: Int) {
        if largest.count < Extremes.size || v >= largest[Extremes.size - 1].value { insert(v, c, into: &largest, before: >) }
    }

    mutating func merge(_ o: Extremes) {
        for e in o.smallest { insert(e.value, e.count, into: &smallest, before: <) }
        for e in o.largest { insert(e.value, e.count, into: &largest, before: >) }
    }

    private func insert(_ v: Double, _ c: Int, into list: inout [(value: Double, count: Int)], before: (Double, Double) -> Bool) {
        if let i = list.firstIndex(where: { $0.value == v }) { list[i].count += c; return }
        if list.count == Extremes.size, let last = list.last, !before(v, last.value) { return }
        let at = list.firstIndex(where: { before(v, $0.value) }) ?? list.count
        list.insert((v, c), at: at)
        if list.count > Extremes.size { list.removeLast() }
    }
}
