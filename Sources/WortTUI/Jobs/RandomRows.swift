import WortCore

/// A uniform random sample of a stream of batches within a memory budget: every row is
/// kept while they fit; when they stop fitting the keep rate halves and the rows kept so
/// far are thinned to it. Row i stays iff hash(seed, i) falls below the rate, so each rate's
/// sample contains the next one's, the result keeps file order, and a seed repeats it.
struct RandomRows {
    let seed: UInt64
    let budget: Int
    private(set) var rate = 1.0
    private var kept: [(table: Table, rows: [Int])] = []
    private var bytes = 0
    private var seen = 0

    init(seed: UInt64, budget: Int) { self.seed = seed; self.budget = budget }

    var tables: [Table] { kept.map(\.table).filter { $0.rowCount > 0 } }

    mutating func add(_ batch: Table) {
        let ids = Array(seen..<(seen + batch.rowCount))
        seen += batch.rowCount
        let (t, r) = thin(batch, ids)
        kept.append((t, r))
        bytes += MemoryEstimate.bytes(of: t)
        while bytes > budget * 9 / 10 && rate > 1e-9 {
            rate /= 2
            bytes = 0
            kept = kept.map { k in
                let (t, r) = thin(k.table, k.rows)
                bytes += MemoryEstimate.bytes(of: t)
                return (t, r)
            }
        }
    }

    private func thin(_ table: Table, _ rows: [Int]) -> (Table, [Int]) {
        guard rate < 1 else { return (table, rows) }
        let mask = rows.map(keeps)
        guard mask.contains(false) else { return (table, rows) }
        return (table.filter(mask), zip(rows, mask).filter(\.1).map(\.0))
    }

    private func keeps(_ row: Int) -> Bool {
        Double(Self.mix(seed &+ UInt64(row) &* 0x9E37_79B9_7F4A_7C15) >> 11) / Double(1 << 53) < rate
    }

    /// SplitMix64's finaliser: a well-spread hash of the row number.
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
