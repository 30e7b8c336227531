import WortCore

/// Dictionaries of a column chunk: open addressing over hashes of the values' bytes (or
/// of 64-bit keys), so that looking a value up costs no allocation and no Swift String.
/// Memory is managed by hand (`release()`); each is owned by one column encoder.

/// Distinct byte strings in order of first appearance, with their index.
struct ByteDictionary {
    private(set) var count = 0
    /// Entry bytes back to back; entry k spans offsets[k] ..< offsets[k + 1].
    private var data: UnsafeMutablePointer<UInt8>
    private var dataCapacity: Int
    private(set) var dataCount = 0
    private var offsets: UnsafeMutablePointer<Int>
    private var hashes: UnsafeMutablePointer<UInt64>
    private var entryCapacity: Int
    /// The hash's upper 32 bits, then entry index + 1 in the lower; 0 is an empty slot.
    private var slots: UnsafeMutablePointer<UInt64>
    private var slotMask: Int

    init() {
        dataCapacity = 1 << 16
        data = .allocate(capacity: dataCapacity)
        entryCapacity = 1 << 10
        offsets = .allocate(capacity: entryCapacity + 1)
        offsets[0] = 0
        hashes = .allocate(capacity: entryCapacity)
        slotMask = (1 << 11) - 1
        slots = .allocate(capacity: slotMask + 1)
        slots.initialize(repeating: 0, count: slotMask + 1)
    }

    /// Frees the storage (the struct is a handle: copies share it).
    func release() { data.deallocate(); offsets.deallocate(); hashes.deallocate(); slots.deallocate() }

    /// Bytes of the dictionary page (PLAIN: a 4-byte length before each value).
    var plainSize: Int { dataCount + 4 * count }

    /// The index of the value, added when new; `isNew` tells which.
    @inline(__always)
    mutating func index(of p: UnsafePointer<UInt8>, _ n: Int, isNew: inout Bool) -> UInt32 {
        let h = ByteHash.hash(UnsafeBufferPointer(start: p, count: n))
        let tag = h & 0xFFFF_FFFF_0000_0000
        var s = Int(truncatingIfNeeded: h) & slotMask
        while true {
            let e = slots[s]
            if e == 0 { break }
            let k = Int(truncatingIfNeeded: e & 0xFFFF_FFFF) - 1
            if e & 0xFFFF_FFFF_0000_0000 == tag {
                let start = offsets[k]
                if offsets[k + 1] - start == n && (n == 0 || memcmpEqual(data + start, p, n)) {
                    isNew = false
                    return UInt32(k)
                }
            }
            s = (s + 1) & slotMask
        }
        isNew = true
        let k = count
        if k == entryCapacity { growEntries() }
        if dataCount + n > dataCapacity { growData(dataCount + n) }
        (data + dataCount).update(from: p, count: n)
        dataCount += n
        offsets[k + 1] = dataCount
        hashes[k] = h
        count += 1
        slots[s] = tag | UInt64(k + 1)
        if count * 2 > slotMask + 1 { rehash() }
        return UInt32(k)
    }

    /// The bytes of entry k.
    func entry(_ k: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: data + offsets[k], count: offsets[k + 1] - offsets[k])
    }

    /// The PLAIN encoding of all entries.
    func appendPlain(to out: inout [UInt8]) {
        out.reserveCapacity(out.count + plainSize)
        for k in 0..<count {
            let n = UInt32(offsets[k + 1] - offsets[k])
            withUnsafeBytes(of: n.littleEndian) { out.append(contentsOf: $0) }
            out.append(contentsOf: entry(k))
        }
    }

    private mutating func growEntries() {
        let cap = entryCapacity * 2
        let o = UnsafeMutablePointer<Int>.allocate(capacity: cap + 1)
        o.update(from: offsets, count: count + 1)
        offsets.deallocate(); offsets = o
        let h = UnsafeMutablePointer<UInt64>.allocate(capacity: cap)
        h.update(from: hashes, count: count)
        hashes.deallocate(); hashes = h
        entryCapacity = cap
    }

    private mutating func growData(_ needed: Int) {
        var cap = dataCapacity * 2
        while cap < needed { cap *= 2 }
        let d = UnsafeMutablePointer<UInt8>.allocate(capacity: cap)
        d.update(from: data, count: dataCount)
        data.deallocate(); data = d
        dataCapacity = cap
    }

    private mutating func rehash() {
        let size = (slotMask + 1) * 2
        slots.deallocate()
        slots = .allocate(capacity: size)
        slots.initialize(repeating: 0, count: size)
        slotMask = size - 1
        for k in 0..<count {
            var s = Int(truncatingIfNeeded: hashes[k]) & slotMask
            while slots[s] != 0 { s = (s + 1) & slotMask }
            slots[s] = hashes[k] & 0xFFFF_FFFF_0000_0000 | UInt64(k + 1)
        }
    }
}

@inline(__always)
private func memcmpEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
    var i = 0
    let ra = UnsafeRawPointer(a), rb = UnsafeRawPointer(b)
    while i + 8 <= n {
        if ra.loadUnaligned(fromByteOffset: i, as: UInt64.self) != rb.loadUnaligned(fromByteOffset: i, as: UInt64.self) { return false }
        i += 8
    }
    while i < n { if a[i] != b[i] { return false }; i += 1 }
    return true
}

/// Distinct 64-bit keys (the bit patterns of fixed-width values) in order of first appearance.
struct FixedDictionary {
    private(set) var count = 0
    private(set) var keys: UnsafeMutablePointer<UInt64>
    private var entryCapacity: Int
    private var slots: UnsafeMutablePointer<Int32>
    private var slotMask: Int

    init() {
        entryCapacity = 1 << 10
        keys = .allocate(capacity: entryCapacity)
        slotMask = (1 << 11) - 1
        slots = .allocate(capacity: slotMask + 1)
        slots.initialize(repeating: 0, count: slotMask + 1)
    }

    func release() { keys.deallocate(); slots.deallocate() }

    @inline(__always)
    mutating func index(of key: UInt64, isNew: inout Bool) -> UInt32 {
        var s = Int(truncatingIfNeeded: ByteHash.mix(key)) & slotMask
        while true {
            let e = Int(slots[s])
            if e == 0 { break }
            if keys[e - 1] == key { isNew = false; return UInt32(e - 1) }
            s = (s + 1) & slotMask
        }
        isNew = true
        let k = count
        if k == entryCapacity {
            let cap = entryCapacity * 2
            let n = UnsafeMutablePointer<UInt64>.allocate(capacity: cap)
            n.update(from: keys, count: count)
            keys.deallocate(); keys = n
            entryCapacity = cap
        }
        keys[k] = key
        count += 1
        slots[s] = Int32(k + 1)
        if count * 2 > slotMask + 1 {
            let size = (slotMask + 1) * 2
            slots.deallocate()
            slots = .allocate(capacity: size)
            slots.initialize(repeating: 0, count: size)
            slotMask = size - 1
            for j in 0..<count {
                var t = Int(truncatingIfNeeded: ByteHash.mix(keys[j])) & slotMask
                while slots[t] != 0 { t = (t + 1) & slotMask }
                slots[t] = Int32(j + 1)
            }
        }
        return UInt32(k)
    }
}
