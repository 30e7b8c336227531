/// The RLE / bit-packing hybrid of Parquet's Encodings.md, for definition levels and
/// dictionary indices. Runs of 8 or more equal values become RLE runs; everything else is
/// bit-packed in groups of 8 values, LSB first. Only the last group may be padded.
enum RLEHybridEncoder {
    /// Bits needed for values up to `maxValue`.
    static func bitWidth(forMax maxValue: UInt32) -> Int { maxValue == 0 ? 0 : 32 - maxValue.leadingZeroBitCount }

    /// Appends the encoded `values` (without any length prefix) to `out`.
    static func encode(_ values: UnsafeBufferPointer<UInt32>, bitWidth: Int, to out: inout [UInt8]) {
        let n = values.count
        guard n > 0 else { return }
        if bitWidth == 0 {  // every value is 0: one run, no value bytes
            appendVarint(UInt64(n) << 1, to: &out)
            return
        }
        let valueBytes = (bitWidth + 7) / 8
        var literalStart = 0  // values[literalStart..<i] wait to be bit-packed
        var i = 0
        while i < n {
            let v = values[i]
            var j = i + 1
            while j < n && values[j] == v { j += 1 }
            var run = j - i
            if run >= 8 {
                // Top the pending literals up to a whole number of groups from this run.
                let pending = i - literalStart
                let topUp = (8 - pending & 7) & 7
                if run - topUp >= 8 {
                    let end = i + topUp
                    if end > literalStart { packLiterals(values, literalStart, end, bitWidth: bitWidth, to: &out) }
                    run -= topUp
                    appendVarint(UInt64(run) << 1, to: &out)
                    var x = v
                    for _ in 0..<valueBytes { out.append(UInt8(truncatingIfNeeded: x)); x >>= 8 }
                    literalStart = j
                }
            }
            i = j
        }
        if literalStart < n { packLiterals(values, literalStart, n, bitWidth: bitWidth, to: &out) }
    }

    /// Bit-packs values[start..<end] (a multiple of 8 values, or the last values of the
    /// input, padded with zeros to a whole group).
    private static func packLiterals(_ values: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int,
                                     bitWidth: Int, to out: inout [UInt8]) {
        let count = end - start
        let groups = (count + 7) / 8
        appendVarint(UInt64(groups) << 1 | 1, to: &out)
        let byteCount = groups * bitWidth
        let base = out.count
        out.append(contentsOf: repeatElement(0, count: byteCount))
        out.withUnsafeMutableBufferPointer { buf in
            // Bits gather in a 64-bit word and leave 4 bytes at a time (a value is at most
            // 32 bits, so the word never overflows); the groups' total is whole bytes.
            let o = UnsafeMutableRawPointer(buf.baseAddress! + base)
            var acc: UInt64 = 0
            var bits = 0
            var w = 0
            let src = values.baseAddress! + start
            let width = UInt64(bitWidth)
            for k in 0..<count {
                acc |= UInt64(src[k]) << UInt64(bits)
                bits += Int(width)
                if bits >= 32 {
                    o.storeBytes(of: UInt32(truncatingIfNeeded: acc).littleEndian, toByteOffset: w, as: UInt32.self)
                    w += 4
                    acc >>= 32
                    bits -= 32
                }
            }
            while bits > 0 {
                o.storeBytes(of: UInt8(truncatingIfNeeded: acc), toByteOffset: w, as: UInt8.self)
                w += 1
                acc >>= 8
                bits -= 8
            }
        }
    }

    @inline(__always)
    static func appendVarint(_ value: UInt64, to out: inout [UInt8]) {
        var v = value
        while v >= 0x80 { out.append(UInt8(truncatingIfNeeded: v) | 0x80); v >>= 7 }
        out.append(UInt8(v))
    }
}
