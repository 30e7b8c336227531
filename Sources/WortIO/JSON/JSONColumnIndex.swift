#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Maps flattened column names (UTF-8 bytes, e.g. `address.city`) to column numbers in
/// order of first appearance. Open addressing over a byte pool: no `String` per lookup.
struct JSONColumnIndex {
    private var bytes: [UInt8] = []
    private var offsets: [Int] = [0]
    private var slots: [Int32] = Array(repeating: -1, count: 64)
    private var hashes: [UInt64] = []

    var count: Int { offsets.count - 1 }

    func name(_ column: Int) -> String { String(decoding: bytes[offsets[column]..<offsets[column + 1]], as: UTF8.self) }

    @inline(__always)
    private func equals(_ column: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = offsets[column], n = offsets[column + 1] - start
        guard n == key.count else { return false }
        if n == 0 { return true }
        return bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, key.baseAddress!, n) == 0 }
    }

    /// The column named `key`, adding it when new (and `insert` is true).
    @inline(__always)
    mutating func column(for key: UnsafeBufferPointer<UInt8>, insert: Bool) -> Int? {
        let h = JSONColumnIndex.hash(key)
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let s = Int(slots[i])
            if s < 0 { break }
            if hashes[s] == h && equals(s, key) { return s }
            i = (i + 1) & mask
        }
        guard insert else { return nil }
        let column = count
        bytes.append(contentsOf: key)
        offsets.append(bytes.count)
        hashes.append(h)
        slots[i] = Int32(column)
        if count * 2 > slots.count { grow() }
        return column
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (column, h) in hashes.enumerated() {
            var i = Int(truncatingIfNeeded: h) & mask
            while slots[i] >= 0 { i = (i + 1) & mask }
            slots[i] = Int32(column)
        }
    }

    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(key.count)
        var i = 0
        let n = key.count
        if let base = key.baseAddress {
            while i + 8 <= n {
                let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                h = (h ^ w) &* 0x9E37_79B9_7F4A_7C15
                h ^= h >> 29
                i += 8
            }
        }
        while i < n {
            h = (h ^ UInt64(key[i])) &* 0x0000_0100_0000_01B3
            i += 1
        }
        h ^= h >> 32
        return h &* 0xD6E8_FEB8_6659_FD93
    }
}
