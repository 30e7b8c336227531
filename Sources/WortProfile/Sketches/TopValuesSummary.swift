/// Most frequent values beyond the exact cap: a Misra-Gries summary (mergeable, as in
/// Agarwal et al., "Mergeable summaries", 2012). Each kept count is at most
/// `maxUndercount` below the true count, and that bound is at most N / (capacity + 1).
struct TopValuesSummary: Sendable {
    static let capacity = 1024
    private(set) var table = FrequencyTable()
    private(set) var maxUndercount = 0

    init() {}

    /// A summary of an exact table: its largest entries, reduced to the capacity.
    init(exact: FrequencyTable) {
        table = exact
        reduce()
    }

    /// A summary of a batch's table: what `init(exact:)` gives, without sorting in the
    /// common case of a batch whose values are mostly unique.
    init(batch t: FrequencyTable) {
        let cap = TopValuesSummary.capacity
        var cut = 0
        if t.count > cap {
            var repeated: [Int] = []
            for e in 0..<t.count where t.count(e) > 1 { repeated.append(t.count(e)) }
            if repeated.count < cap + 1 { cut = 1 } else {
                repeated.sort(by: >)
                cut = repeated[cap]
            }
        }
        var kept = FrequencyTable(expected: min(t.count, cap))
        for e in 0..<t.count where t.count(e) > cut { kept.add(t.bytes(e), hash: t.hash(e), count: t.count(e) - cut) }
        table = kept
        maxUndercount = cut
    }

    mutating func merge(_ other: TopValuesSummary) {
        table.merge(other.table)
        maxUndercount += other.maxUndercount
        reduce()
    }

    private mutating func reduce() {
        let cap = TopValuesSummary.capacity
        guard table.count > cap else { return }
        let sorted = table.counts.sorted(by: >)
        let cut = sorted[cap]
        var kept = FrequencyTable(expected: cap)
        for e in 0..<table.count where table.count(e) > cut {
            kept.add(table.bytes(e), hash: table.hash(e), count: table.count(e) - cut)
        }
        table = kept
        maxUndercount += cut
    }
}
