import WortCore
import WortIO

/// The second dataset of a join, in memory: the columns the output keeps, the keys, and
/// a hash index from key to rows (chained in file order, so matches come out in the
/// order the second dataset has them).
final class JoinTable: @unchecked Sendable {
    let columns: [CompactColumn]
    let keys: JoinKeyColumn
    private let heads: [Int32]
    private let next: [Int32]
    private let mask: Int
    var rowCount: Int { keys.count }

    /// Reads every batch of `reader`, keeping `keep` (indices into its schema) and the key
    /// columns `keyColumns`.
    init(reader: BatchReader, keep: [Int], keyColumns: [Int], mode: JoinKeyMode) throws {
        let schema = reader.schema
        var cols = keep.map { CompactColumn(name: schema.fields[$0].name, type: schema.fields[$0].type) }
        var keys = JoinKeyColumn(mode: mode)
        while let batch = try reader.nextBatch() {
            for (k, i) in keep.enumerated() { cols[k].append(batch.columns[i]) }
            keys.append(keyColumns.map { batch.columns[$0] })
        }
        guard keys.count < Int(Int32.max) else {
            throw WortError.data("the second dataset of a join has \(keys.count) rows; Wort joins at most \(Int32.max - 1)")
        }
        var size = 1024
        while size < keys.count * 2 { size <<= 1 }
        var heads = [Int32](repeating: -1, count: size)
        var next = [Int32](repeating: -1, count: keys.count)
        let m = size - 1
        // Inserted last row first so each chain lists rows in file order.
        for r in stride(from: keys.count - 1, through: 0, by: -1) where keys.valid[r] {
            let b = Int(truncatingIfNeeded: keys.hashes[r]) & m
            next[r] = heads[b]
            heads[b] = Int32(r)
        }
        self.columns = cols; self.keys = keys; self.heads = heads; self.next = next; self.mask = m
    }

    /// Calls `body` with each row whose key equals row `i` of `probe`, in file order.
    @inline(__always)
    func forEachMatch(of i: Int, in probe: JoinKeyColumn, _ body: (Int) -> Void) {
        guard probe.valid[i] else { return }
        var r = Int(heads[Int(truncatingIfNeeded: probe.hashes[i]) & mask])
        while r >= 0 {
            if keys.hashes[r] == probe.hashes[i] && probe.equal(i, keys, r) { body(r) }
            r = Int(next[r])
        }
    }
}
