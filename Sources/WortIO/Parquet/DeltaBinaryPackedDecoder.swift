/// DELTA_BINARY_PACKED (Encodings.md) for INT32 and INT64 columns and the lengths of the
/// DELTA_*_BYTE_ARRAY encodings.
enum DeltaBinaryPackedDecoder {
    /// Decodes all values of one encoded run, which must hold `count`; returns the values
    /// (wrapping 64-bit arithmetic; INT32 callers truncate) and the bytes consumed.
    static func decode(_ data: UnsafeBufferPointer<UInt8>, count: Int, maxBitWidth: Int) throws -> (values: [Int64], consumed: Int) {
        guard let p = data.baseAddress else {
            if count == 0 { return ([], 0) }
            throw ParquetDecodeError("DELTA_BINARY_PACKED data is empty")
        }
        let n = data.count
        var pos = 0
        let blockSize = try parquetVarint(p, n, &pos)
        let miniblocks = try parquetVarint(p, n, &pos)
        let total = try parquetVarint(p, n, &pos)
        let firstRaw = try parquetVarint(p, n, &pos)
        let first = Int64(bitPattern: (firstRaw >> 1) ^ (0 &- (firstRaw & 1)))
        guard blockSize > 0, blockSize <= 1 << 16, miniblocks > 0, miniblocks <= blockSize, blockSize % miniblocks == 0,
              (blockSize / miniblocks) % 8 == 0 else {
            throw ParquetDecodeError("DELTA_BINARY_PACKED header is invalid (block \(blockSize), miniblocks \(miniblocks))")
        }
        guard total == UInt64(count) else {
            throw ParquetDecodeError("DELTA_BINARY_PACKED holds \(total) values where \(count) are expected")
        }
        guard count > 0 else { return ([], pos) }
        let perMini = Int(blockSize / miniblocks)
        let minis = Int(miniblocks)
        var out = [Int64](repeating: 0, count: count)
        try out.withUnsafeMutableBufferPointer { o in
            o[0] = first
            var last = first
            var done = 1
            while done < count {
                let mdRaw = try parquetVarint(p, n, &pos)
                let minDelta = Int64(bitPattern: (mdRaw >> 1) ^ (0 &- (mdRaw & 1)))
                guard pos + minis <= n else { throw ParquetDecodeError("DELTA_BINARY_PACKED block runs past the end") }
                let widths = pos
                pos += minis
                for m in 0..<minis where done < count {
                    let w = Int(p[widths + m])
                    guard w <= maxBitWidth else { throw ParquetDecodeError("DELTA_BINARY_PACKED bit width \(w) is over \(maxBitWidth)") }
                    let bytes = perMini * w / 8
                    guard pos + bytes <= n else { throw ParquetDecodeError("DELTA_BINARY_PACKED miniblock runs past the end") }
                    let take = min(perMini, count - done)
                    let base = p + pos
                    if w == 0 {
                        for i in 0..<take { last = last &+ minDelta; o[done + i] = last }
                    } else {
                        for i in 0..<take {
                            let d = parquetLoadBits(base, bytes, bit: i * w, width: w)
                            last = last &+ minDelta &+ Int64(bitPattern: d)
                            o[done + i] = last
                        }
                    }
                    done += take
                    pos += bytes
                }
            }
        }
        return (out, pos)
    }
}
