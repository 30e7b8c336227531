/// Reads `width` bits (≤ 64) starting at bit `bit` of `p[0..<n]`, least significant bit
/// first; bits past `n` read as zero (callers check that the bits they need exist).
@inline(__always)
func parquetLoadBits(_ p: UnsafePointer<UInt8>, _ n: Int, bit: Int, width: Int) -> UInt64 {
    let byte = bit >> 3, shift = UInt64(bit & 7)
    var w: UInt64 = 0
    if byte + 8 <= n {
        w = UInt64(littleEndian: UnsafeRawPointer(p + byte).loadUnaligned(as: UInt64.self))
    } else {
        var k = 0
        while byte + k < n && k < 8 { w |= UInt64(p[byte + k]) << UInt64(8 * k); k += 1 }
    }
    var v = w >> shift
    if shift + UInt64(width) > 64 {
        let next = byte + 8
        let extra: UInt64 = next < n ? UInt64(p[next]) : 0
        v |= extra << (64 - shift)
    }
    return width >= 64 ? v : v & ((1 << UInt64(width)) &- 1)
}

/// A ULEB128 varint from `p[pos..<n]`, advancing `pos`.
@inline(__always)
func parquetVarint(_ p: UnsafePointer<UInt8>, _ n: Int, _ pos: inout Int) throws -> UInt64 {
    var result: UInt64 = 0, shift: UInt64 = 0
    while true {
        guard pos < n else { throw ParquetDecodeError("a varint runs past the end of the data") }
        let b = p[pos]; pos += 1
        result |= UInt64(b & 0x7F) << shift
        if b & 0x80 == 0 { return result }
        shift += 7
        guard shift <= 63 else { throw ParquetDecodeError("a varint is too long") }
    }
}

/// The RLE / bit-packing hybrid encoding (Encodings.md), used for levels, dictionary
/// indices and booleans.
enum RLEHybridDecoder {
    /// Bits needed for values up to `maxValue`.
    static func bitWidth(_ maxValue: Int) -> Int { maxValue == 0 ? 0 : Int.bitWidth - maxValue.leadingZeroBitCount }

    /// Decodes exactly `out.count` values of `bitWidth` bits; returns the bytes consumed.
    @discardableResult
    static func decode(_ data: UnsafeBufferPointer<UInt8>, bitWidth: Int, into out: UnsafeMutableBufferPointer<UInt32>) throws -> Int {
        guard bitWidth >= 0, bitWidth <= 32 else { throw ParquetDecodeError("bit width \(bitWidth) is over 32") }
        let count = out.count
        guard count > 0 else { return 0 }
        guard let o = out.baseAddress else { return 0 }
        if bitWidth == 0 { o.update(repeating: 0, count: count); return 0 }
        guard let p = data.baseAddress else { throw ParquetDecodeError("RLE data is empty but \(count) values are expected") }
        let n = data.count
        let valueBytes = (bitWidth + 7) / 8
        var pos = 0, filled = 0
        while filled < count {
            guard pos < n else { throw ParquetDecodeError("RLE data ends after \(filled) of \(count) values") }
            let header = try parquetVarint(p, n, &pos)
            if header & 1 == 0 {
                let run = header >> 1
                guard pos + valueBytes <= n else { throw ParquetDecodeError("RLE run value runs past the end") }
                var v: UInt32 = 0
                for k in 0..<valueBytes { v |= UInt32(p[pos + k]) << UInt32(8 * k) }
                pos += valueBytes
                if bitWidth < 32 && v >> UInt32(bitWidth) != 0 { throw ParquetDecodeError("RLE run value \(v) is wider than \(bitWidth) bits") }
                let take = Int(min(run, UInt64(count - filled)))
                (o + filled).update(repeating: v, count: take)
                filled += take
            } else {
                let groups = header >> 1
                guard groups <= UInt64(n - pos) else { throw ParquetDecodeError("bit-packed run of \(groups) groups runs past the end") }
                let values = Int(groups) * 8
                let take = min(values, count - filled)
                let need = (take * bitWidth + 7) / 8
                guard pos + need <= n else { throw ParquetDecodeError("bit-packed run runs past the end of the data") }
                let base = p + pos, avail = n - pos
                let mask: UInt64 = (1 << UInt64(bitWidth)) - 1
                var bit = 0
                for i in 0..<take {
                    let byte = bit >> 3
                    let w: UInt64
                    if byte + 8 <= avail {
                        w = UInt64(littleEndian: UnsafeRawPointer(base + byte).loadUnaligned(as: UInt64.self)) >> UInt64(bit & 7)
                    } else {
                        w = parquetLoadBits(base, avail, bit: bit, width: bitWidth)
                    }
                    o[filled + i] = UInt32(truncatingIfNeeded: w & mask)
                    bit += bitWidth
                }
                filled += take
                pos += min(Int(groups) * bitWidth, n - pos)
            }
        }
        return pos
    }
}
