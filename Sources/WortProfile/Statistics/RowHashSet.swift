/// Hashes of the rows seen, for counting duplicate rows: open addressing over 64-bit row
/// hashes (two different rows share one with probability about n²/2^65: about 10^-6 for
/// 5 million rows). Past `maxRows` it stops growing and HyperLogLog estimates instead.
struct RowHashSet {
    private var slots: [UInt64] = [UInt64](repeating: 0, count: 1 << 16)
    private var used = 0
    private let maxRows: Int
    private(set) var duplicates = 0
    private(set) var overflowed = false
    private var distinct = HyperLogLog()
    private var rows = 0

    init(maxRows: Int) { self.maxRows = maxRows }

    mutating func add(_ hashes: [UInt64]) {
        rows += hashes.count
        for h0 in hashes {
            let h = h0 == 0 ? 1 : h0
            distinct.add(hash: h)
            guard !overflowed else { continue }
            if used >= maxRows { overflowed = true; slots = []; continue }
            let mask = slots.count - 1
            var i = Int(truncatingIfNeeded: h >> 7) & mask
            while true {
                let s = slots[i]
                if s == 0 { slots[i] = h; used += 1; break }
                if s == h { duplicates += 1; break }
                i = (i + 1) & mask
            }
            if used * 10 > slots.count * 7 { grow() }
        }
    }

    /// Exact unless `overflowed`; then rows minus the HyperLogLog estimate of distinct rows.
    var duplicateRows: Int { overflowed ? max(0, rows - distinct.estimate) : duplicates }

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: old.count * 2)
        let mask = slots.count - 1
        for h in old where h != 0 {
            var i = Int(truncatingIfNeeded: h >> 7) & mask
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = h
        }
    }
}
