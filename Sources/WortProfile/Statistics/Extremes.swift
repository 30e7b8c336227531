/// The few smallest and largest distinct values with exact counts, mergeable; gives
/// `minimumValues`/`maximumValues` when a column has too many values to keep them all.
struct Extremes: Sendable, Equatable {
    static let size = 5
    private(set) var smallest: [(value: Double, count: Int)] = []
    private(set) var largest: [(value: Double, count: Int)] = []

    static func == (a: Extremes, b: Extremes) -> Bool {
        a.smallest.elementsEqual(b.smallest, by: { $0 == $1 }) && a.largest.elementsEqual(b.largest, by: { $0 == $1 })
    }

    mutating func add(_ v: Double, count: Int) {
        // Most values are neither among the smallest nor the largest seen.
        if smallest.count == Extremes.size, largest.count == Extremes.size,
           v > smallest[Extremes.size - 1].value, v < largest[Extremes.size - 1].value { return }
        insert(v, count, into: &smallest, before: <)
        insert(v, count, into: &largest, before: >)
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
