/// A fast 64-bit hash of a value's bytes, 8 bytes at a time, for every hash table over
/// cell values (Parquet dictionaries, profile value tables, join keys) and HyperLogLog,
/// which needs well-mixed high bits: hence the final avalanche.
public enum ByteHash {
    @inlinable @inline(__always)
    public static func hash(_ b: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let n = b.count
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ (UInt64(truncatingIfNeeded: n) &* 0xC2B2_AE3D_27D4_EB4F)
        guard n > 0, let base = b.baseAddress else { return mix(h) }
        let raw = UnsafeRawPointer(base)
        if n >= 8 {
            var i = 0
            while i + 8 <= n {
                h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x9FB2_1C65_1E98_DF25
                h ^= h >> 31
                i += 8
            }
            // The last 8 bytes, overlapping what was read: no byte-by-byte tail.
            if i < n {
                h = (h ^ raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)) &* 0x9FB2_1C65_1E98_DF25
                h ^= h >> 31
            }
        } else {
            // Short values: two overlapping 4-byte reads, or first/middle/last byte (the
            // length is already in h, so these determine the value).
            let w: UInt64
            if n >= 4 {
                w = UInt64(raw.loadUnaligned(as: UInt32.self)) << 32 | UInt64(raw.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self))
            } else {
                w = UInt64(base[0]) << 16 | UInt64(base[n >> 1]) << 8 | UInt64(base[n - 1])
            }
            h = (h ^ w) &* 0x9FB2_1C65_1E98_DF25
        }
        return mix(h)
    }

    /// MurmurHash3's 64-bit finalizer (a published constant set).
    @inlinable @inline(__always)
    public static func mix(_ x: UInt64) -> UInt64 {
        var h = x
        h ^= h >> 33; h &*= 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33; h &*= 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 33
        return h
    }
}
