import Foundation

/// Distinct byte strings with their counts: open addressing keyed by a 64-bit hash plus
/// the stored bytes, so no `String` or `Dictionary` is built per cell.
struct FrequencyTable: Sendable {
    /// Slot -> entry index + 1 (0 = empty).
    private var slots: [Int32]
    private var mask: Int
    private(set) var hashes: [UInt64] = []
    private(set) var counts: [Int] = []
    private var starts: [Int] = []
    private var lengths: [Int32] = []
    private(set) var arena: [UInt8] = []

    init(expected: Int = 16) {
        var cap = 16
        while cap < expected * 2 { cap <<= 1 }
        slots = [Int32](repeating: 0, count: cap)
        mask = cap - 1
        hashes.reserveCapacity(expected); counts.reserveCapacity(expected)
        starts.reserveCapacity(expected); lengths.reserveCapacity(expected)
    }

    var count: Int { hashes.count }
    /// Memory held, roughly, for the cap that switches a column to sketches.
    var byteSize: Int { slots.count * 4 + hashes.count * 28 + arena.count }

    func withBytes<R>(_ entry: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let s = starts[entry], n = Int(lengths[entry])
        return try arena.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[s..<(s + n)])) }
    }

    func string(_ entry: Int) -> String { withBytes(entry) { String(decoding: $0, as: UTF8.self) } }

    /// Adds `count` occurrences of `bytes` (whose hash is `hash`); returns its entry index.
    @discardableResult
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64, count: Int = 1) -> Int {
        var i = Int(truncatingIfNeeded: hash) & mask
        while true {
            let e = Int(slots[i])
            if e == 0 { break }
            if hashes[e - 1] == hash && equal(e - 1, bytes) {
                counts[e - 1] += count
                return e - 1
            }
            i = (i + 1) & mask
        }
        let entry = hashes.count
        slots[i] = Int32(entry + 1)
        hashes.append(hash)
        counts.append(count)
        starts.append(arena.count)
        lengths.append(Int32(bytes.count))
        arena.append(contentsOf: bytes)
        if hashes.count * 2 > slots.count { grow() }
        return entry
    }

    /// The entry holding `bytes`, if any.
    func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        var i = Int(truncatingIfNeeded: hash) & mask
        while true {
            let e = Int(slots[i])
            if e == 0 { return nil }
            if hashes[e - 1] == hash && equal(e - 1, bytes) { return e - 1 }
            i = (i + 1) & mask
        }
    }

    mutating func increment(_ entry: Int, by n: Int) { counts[entry] += n }

    /// Adds every entry of `other` (same hash function).
    mutating func merge(_ other: FrequencyTable) {
        other.arena.withUnsafeBufferPointer { a in
            for e in 0..<other.count {
                let s = other.starts[e]
                add(UnsafeBufferPointer(rebasing: a[s..<(s + Int(other.lengths[e]))]), hash: other.hashes[e], count: other.counts[e])
            }
        }
    }

    @inline(__always)
    private func equal(_ entry: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = Int(lengths[entry])
        guard n == bytes.count else { return false }
        if n == 0 { return true }
        let s = starts[entry]
        return arena.withUnsafeBufferPointer { a in memcmp(a.baseAddress! + s, bytes.baseAddress!, n) == 0 }
    }

    private mutating func grow() {
        let cap = slots.count * 2
        slots = [Int32](repeating: 0, count: cap)
        mask = cap - 1
        for e in 0..<hashes.count {
            var i = Int(truncatingIfNeeded: hashes[e]) & mask
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = Int32(e + 1)
        }
    }

    /// Entry indices of the `k` largest counts, largest first (ties: smaller bytes first).
    func top(_ k: Int) -> [Int] {
        let order = (0..<count).sorted { a, b in
            counts[a] != counts[b] ? counts[a] > counts[b] : withBytes(a) { x in withBytes(b) { y in x.lexicographicallyPrecedes(y) } }
        }
        return Array(order.prefix(k))
    }
}
