import WortCore

/// A uniform random sample of `size` rows of a stream (Vitter's algorithm R), as text,
/// repeatable for a given seed.
struct RowReservoir {
    let size: Int
    private var rng: SplitMix64
    private(set) var rows: [[String?]] = []
    private var seen = 0

    init(size: Int, seed: UInt64) { self.size = size; rng = SplitMix64(seed: seed) }

    mutating func add(_ batch: Table) {
        for r in 0..<batch.rowCount {
            if rows.count < size {
                rows.append(batch.columns.map { $0.text(at: r) })
            } else {
                let j = Int(rng.next() % UInt64(seen + 1))
                if j < size { rows[j] = batch.columns.map { $0.text(at: r) } }
            }
            seen += 1
        }
    }

    func table(schema: Schema) -> Table { Table(textRows: rows, schema: schema) }
}

/// SplitMix64: small, fast, and the same sequence on every platform.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension Table {
    /// String columns of the given rows' texts (nil = null), named as in `schema`.
    init(textRows rows: [[String?]], schema: Schema) {
        if schema.fields.isEmpty { self.init(rowCount: rows.count); return }
        self.init(columns: schema.fields.indices.map { k in
            Column(name: schema.fields[k].name, strings: rows.map { $0[k] })
        })
    }

    /// The first `n` rows, as text (only for samples: it builds a `String` per cell).
    func prefix(_ n: Int) -> Table {
        Table(textRows: (0..<Swift.min(n, rowCount)).map { r in columns.map { $0.text(at: r) } }, schema: schema)
    }
}
