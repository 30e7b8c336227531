/// A fixed set of short words, looked up case-insensitively (ASCII) by the bytes of a
/// value: an open-addressing table of 64-bit FNV-1a hashes. No String is built and no
/// Hasher runs per lookup, which matters in loops over every value of a column.
/// (Two different words with the same 64-bit hash would collide; with a few hundred
/// words the chance is about 1e-15.)
struct WordSet: Sendable {
    private let table: [UInt64]
    let count: Int

    init(_ words: [String]) {
        let hashes = Set(words.map { w in withBytes(of: w) { WordSet.hash($0) } })
        var size = 16
        while size < hashes.count * 4 { size *= 2 }
        var t = [UInt64](repeating: 0, count: size)
        for h in hashes where h != 0 {
            var slot = Int(truncatingIfNeeded: h) & (size - 1)
            while t[slot] != 0 && t[slot] != h { slot = (slot + 1) & (size - 1) }
            t[slot] = h
        }
        table = t
        count = hashes.count
    }

    /// Words separated by spaces.
    init(spaceSeparated list: String) { self.init(list.split(separator: " ").map(String.init)) }

    @inline(__always) static func hash(_ w: Bytes) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for c in w { h = (h ^ UInt64(lowerASCII(c))) &* 0x100000001b3 }
        return h
    }

    @inline(__always) func contains(_ w: Bytes) -> Bool {
        let h = WordSet.hash(w)
        return table.withUnsafeBufferPointer { t in
            var slot = Int(truncatingIfNeeded: h) & (t.count - 1)
            while t[slot] != 0 {
                if t[slot] == h { return true }
                slot = (slot + 1) & (t.count - 1)
            }
            return false
        }
    }
}
