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
