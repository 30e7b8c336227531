/// A fast 64-bit hash of a value's bytes, 8 bytes at a time. Its output feeds hash
/// tables and HyperLogLog, which needs well-mixed high bits: hence the final avalanche.
enum ByteHash {
    @inline(__always)
    static func hash(_ b: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let n = b.count
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ (UInt64(truncatingIfNeeded: n) &* 0xC2B2_AE3D_27D4_EB4F)
        guard let base = b.baseAddress else { return mix(h) }
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i + 8 <= n {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            h = (h ^ w) &* 0x9FB2_1C65_1E98_DF25
            h ^= h >> 31
            i += 8
        }
        if i < n {
            var w: UInt64 = 0
            var shift: UInt64 = 0
            while i < n { w |= UInt64(base[i]) << shift; shift += 8; i += 1 }
            h = (h ^ w) &* 0x9FB2_1C65_1E98_DF25
            h ^= h >> 31
        }
        return mix(h)
    }

    /// MurmurHash3's 64-bit finalizer (a published constant set).
    @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        var h = x
        h ^= h >> 33; h &*= 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33; h &*= 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 33
        return h
    }

    /// Combines a row's running hash with the hash of its next cell (order matters).
    @inline(__always)
    static func combine(_ row: UInt64, _ cell: UInt64) -> UInt64 {
        mix(row &* 0x100_0000_01B3 ^ cell)
    }
}
