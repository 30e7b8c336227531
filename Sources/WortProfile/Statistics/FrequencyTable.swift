import Foundation

/// Distinct byte strings with their counts: open addressing keyed by a 64-bit hash plus
/// the stored bytes, so no `String` or `Dictionary` is built per cell. The storage is raw
/// memory (copied on write as a whole), so that the per-cell loops that fill it do no
/// bounds or uniqueness checks; sized up front for a batch, it never grows there.
struct FrequencyTable: @unchecked Sendable {
    private var s: Storage

    init(expected: Int = 16, bytes: Int = 0) { s = Storage(entries: max(8, expected), bytes: max(64, bytes)) }

    var count: Int { s.count }
    /// Memory held, roughly, for the cap that switches a column to sketches.
    var byteSize: Int { s.slotCount * 4 + s.capacity * 28 + s.arenaCapacity }

    @inline(__always) func hash(_ e: Int) -> UInt64 { s.hashes[e] }
    @inline(__always) func count(_ e: Int) -> Int { s.counts[e] }
    @inline(__always) func bytes(_ e: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: s.arena + s.starts[e], count: Int(s.lengths[e]))
    }
    /// All counts, in entry order (a copy).
    var counts: [Int] { Array(UnsafeBufferPointer(start: s.counts, count: s.count)) }

    func withBytes<R>(_ e: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R { try body(bytes(e)) }
    func string(_ e: Int) -> String { String(decoding: bytes(e), as: UTF8.self) }

    /// Adds `count` occurrences of `bytes` (whose hash is `hash`); returns its entry index.
    @inline(__always) @discardableResult
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64, count: Int = 1) -> Int {
        if !isKnownUniquelyReferenced(&s) { s = s.copy() }
        return s.add(bytes, hash: hash, count: count)
    }

    /// `add` for a table this code alone holds (a batch's, being filled): no
    /// copy-on-write check per cell.
    @inline(__always) @discardableResult
    mutating func addOwned(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64, count: Int = 1) -> Int {
        s.add(bytes, hash: hash, count: count)
    }

    /// The entry holding `bytes`, if any.
    func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? { s.find(bytes, hash: hash) }

    mutating func increment(_ entry: Int, by n: Int) {
        if !isKnownUniquelyReferenced(&s) { s = s.copy() }
        s.counts[entry] += n
    }

    /// Adds every entry of `other` (same hash function).
    mutating func merge(_ other: FrequencyTable) {
        if !isKnownUniquelyReferenced(&s) { s = s.copy() }
        let o = other.s
        for e in 0..<o.count {
            _ = s.add(UnsafeBufferPointer(start: o.arena + o.starts[e], count: Int(o.lengths[e])), hash: o.hashes[e], count: o.counts[e])
        }
    }

    /// Entry indices of the `k` largest counts, largest first (ties: smaller bytes first).
    func top(_ k: Int) -> [Int] {
        var order = Array(0..<count)
        if order.count > 4 * k {
            // Only entries at least as frequent as the k-th largest count can be in the top.
            let cut = counts.sorted(by: >)[k - 1]
            order = order.filter { s.counts[$0] >= cut }
        }
        order.sort { a, b in
            s.counts[a] != s.counts[b] ? s.counts[a] > s.counts[b] : bytes(a).lexicographicallyPrecedes(bytes(b))
        }
        return Array(order.prefix(k))
    }

    /// Whether `n` bytes at `a` and `b` are equal; short values (most cells) without a
    /// call into libc.
    @inline(__always)
    static func same(_ a: UnsafeMutablePointer<UInt8>, _ b: UnsafePointer<UInt8>?, _ n: Int) -> Bool {
        guard n > 0, let b else { return true }
        if n > 32 { return memcmp(a, b, n) == 0 }
        let ra = UnsafeRawPointer(a), rb = UnsafeRawPointer(b)
        if n >= 8 {
            var i = 0
            while i + 8 <= n {
                if ra.loadUnaligned(fromByteOffset: i, as: UInt64.self) != rb.loadUnaligned(fromByteOffset: i, as: UInt64.self) { return false }
                i += 8
            }
            // The last 8 bytes, overlapping: no byte-by-byte tail.
            return i == n || ra.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self) == rb.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
        }
        if n >= 4 {
            return ra.loadUnaligned(as: UInt32.self) == rb.loadUnaligned(as: UInt32.self)
                && ra.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self) == rb.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)
        }
        for i in 0..<n where a[i] != b[i] { return false }
        return true
    }

    /// Raw storage: slots (entry + 1, 0 = empty) and per-entry hash, count, byte span.
    final class Storage {
        var slots: UnsafeMutablePointer<Int32>
        var slotCount: Int
        var hashes: UnsafeMutablePointer<UInt64>
        var counts: UnsafeMutablePointer<Int>
        var starts: UnsafeMutablePointer<Int>
        var lengths: UnsafeMutablePointer<Int32>
        var capacity: Int
        var arena: UnsafeMutablePointer<UInt8>
        var arenaUsed = 0
        var arenaCapacity: Int
        var count = 0

        init(entries: Int, bytes: Int) {
            var cap = 16
            while cap < entries * 2 { cap <<= 1 }
            slotCount = cap
            slots = .allocate(capacity: cap)
            slots.initialize(repeating: 0, count: cap)
            capacity = entries
            hashes = .allocate(capacity: entries); counts = .allocate(capacity: entries)
            starts = .allocate(capacity: entries); lengths = .allocate(capacity: entries)
            arenaCapacity = bytes
            arena = .allocate(capacity: bytes)
        }

        deinit {
            slots.deallocate(); hashes.deallocate(); counts.deallocate()
            starts.deallocate(); lengths.deallocate(); arena.deallocate()
        }

        func copy() -> Storage {
            let c = Storage(entries: capacity, bytes: arenaCapacity)
            c.slots.update(from: slots, count: slotCount)
            c.hashes.update(from: hashes, count: count); c.counts.update(from: counts, count: count)
            c.starts.update(from: starts, count: count); c.lengths.update(from: lengths, count: count)
            c.arena.update(from: arena, count: arenaUsed)
            c.count = count; c.arenaUsed = arenaUsed
            return c
        }

        @inline(__always)
        func find(_ b: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
            let mask = slotCount - 1
            var i = Int(truncatingIfNeeded: hash) & mask
            let n = b.count
            while true {
                let e = Int(slots[i]) - 1
                if e < 0 { return nil }
                if hashes[e] == hash && Int(lengths[e]) == n && FrequencyTable.same(arena + starts[e], b.baseAddress, n) { return e }
                i = (i + 1) & mask
            }
        }

        @inline(__always)
        func add(_ b: UnsafeBufferPointer<UInt8>, hash: UInt64, count c: Int) -> Int {
            let n = b.count
            // Room first (rarely needed: batch tables are sized for the batch), so that
            // the probe below is the whole fast path.
            if count == capacity || arenaUsed + n > arenaCapacity { grow(bytes: n) }
            let mask = slotCount - 1
            var i = Int(truncatingIfNeeded: hash) & mask
            while true {
                let e = Int(slots[i]) - 1
                if e < 0 { break }
                if hashes[e] == hash && Int(lengths[e]) == n && FrequencyTable.same(arena + starts[e], b.baseAddress, n) {
                    counts[e] += c
                    return e
                }
                i = (i + 1) & mask
            }
            let entry = count
            slots[i] = Int32(entry + 1)
            hashes[entry] = hash; counts[entry] = c
            starts[entry] = arenaUsed; lengths[entry] = Int32(n)
            if n > 0 { (arena + arenaUsed).update(from: b.baseAddress!, count: n) }
            arenaUsed += n
            count += 1
            return entry
        }

        @inline(never)
        private func grow(bytes n: Int) {
            if arenaUsed + n > arenaCapacity {
                let cap = max(arenaCapacity * 2, arenaUsed + n)
                let a = UnsafeMutablePointer<UInt8>.allocate(capacity: cap)
                a.update(from: arena, count: arenaUsed)
                arena.deallocate(); arena = a; arenaCapacity = cap
            }
            if count == capacity {
                let cap = capacity * 2
                func moved<T>(_ p: UnsafeMutablePointer<T>) -> UnsafeMutablePointer<T> {
                    let q = UnsafeMutablePointer<T>.allocate(capacity: cap)
                    q.moveInitialize(from: p, count: count)
                    p.deallocate()
                    return q
                }
                hashes = moved(hashes); counts = moved(counts); starts = moved(starts); lengths = moved(lengths)
                capacity = cap
                if capacity * 2 > slotCount {
                    slots.deallocate()
                    // A power of two: probes wrap with a mask (capacity need not be one).
                    var cap = slotCount
                    while cap < capacity * 2 { cap <<= 1 }
                    slotCount = cap
                    slots = .allocate(capacity: slotCount)
                    slots.initialize(repeating: 0, count: slotCount)
                    let mask = slotCount - 1
                    for e in 0..<count {
                        var i = Int(truncatingIfNeeded: hashes[e]) & mask
                        while slots[i] != 0 { i = (i + 1) & mask }
                        slots[i] = Int32(e + 1)
                    }
                }
            }
        }
    }
}
