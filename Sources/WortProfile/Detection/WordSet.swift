/// A fixed set of short words, looked up case-insensitively (ASCII) by the bytes of a
/// value: an open-addressing table of 64-bit FNV-1a hashes. No String is built and no
/// Hasher runs per lookup, which matters in loops over every value of a column.
/// (Two different words with the same 64-bit hash would collide; with a few hundred
/// words the chance is about 1e-15.)
///
/// The table is allocated once and never freed (every WordSet is a static constant), so
/// a lookup reads through a plain pointer: no array retain and release per call.
struct WordSet: @unchecked Sendable {
    private let table: UnsafePointer<UInt64>
    private let mask: Int
    let count: Int

    init(_ words: [String]) {
        let hashes = Set(words.map { w in withBytes(of: w) { WordSet.hash($0) } })
        var size = 16
        while size < hashes.count * 4 { size *= 2 }
        let t = UnsafeMutablePointer<UInt64>.allocate(capacity: size)
        t.initialize(repeating: 0, count: size)
        for h in hashes where h != 0 {
            var slot = Int(truncatingIfNeeded: h) & (size - 1)
            while t[slot] != 0 && t[slot] != h { slot = (slot + 1) & (size - 1) }
            t[slot] = h
        }
        table = UnsafePointer(t)
        mask = size - 1
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
        var slot = Int(truncatingIfNeeded: h) & mask
        while table[slot] != 0 {
            if table[slot] == h { return true }
            slot = (slot &+ 1) & mask
        }
        return false
    }
}
