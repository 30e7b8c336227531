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
        for e in 0..<table.count where table.counts[e] > cut {
            table.withBytes(e) { _ = kept.add($0, hash: table.hashes[e], count: table.counts[e] - cut) }
        }
        table = kept
        maxUndercount += cut
    }
}
