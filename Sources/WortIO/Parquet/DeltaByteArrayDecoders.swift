/// DELTA_LENGTH_BYTE_ARRAY and DELTA_BYTE_ARRAY (Encodings.md). Values are appended to
/// `owned` with their spans in `starts`/`ends`.
enum DeltaByteArrayDecoders {
    /// Returns the bytes consumed.
    @discardableResult
    static func decodeLengths(_ data: UnsafeBufferPointer<UInt8>, count: Int,
                              owned: inout [UInt8], starts: inout [Int], ends: inout [Int]) throws -> Int {
        let (lengths, used) = try DeltaBinaryPackedDecoder.decode(data, count: count, maxBitWidth: 32)
        var pos = used
        var total = 0
        for l in lengths {
            guard l >= 0, l <= Int64(data.count) else { throw ParquetDecodeError("DELTA_LENGTH_BYTE_ARRAY length \(l) is invalid") }
            total += Int(l)
        }
        guard total <= data.count - pos else { throw ParquetDecodeError("DELTA_LENGTH_BYTE_ARRAY values run past the end of the page") }
        owned.reserveCapacity(owned.count + total)
        starts.reserveCapacity(starts.count + count)
        ends.reserveCapacity(ends.count + count)
        for l in lengths {
            let len = Int(l)
            starts.append(owned.count)
            owned.append(contentsOf: UnsafeBufferPointer(rebasing: data[pos..<(pos + len)]))
            ends.append(owned.count)
            pos += len
        }
        return pos
    }

    static func decodeIncremental(_ data: UnsafeBufferPointer<UInt8>, count: Int,
                                  owned: inout [UInt8], starts: inout [Int], ends: inout [Int]) throws {
        let (prefixes, used) = try DeltaBinaryPackedDecoder.decode(data, count: count, maxBitWidth: 32)
        var sOwned: [UInt8] = [], sStarts: [Int] = [], sEnds: [Int] = []
        try decodeLengths(UnsafeBufferPointer(rebasing: data[used...]), count: count, owned: &sOwned, starts: &sStarts, ends: &sEnds)
        var prev: [UInt8] = []
        var next: [UInt8] = []
        starts.reserveCapacity(starts.count + count)
        ends.reserveCapacity(ends.count + count)
        for i in 0..<count {
            let pre = prefixes[i]
            guard pre >= 0, pre <= Int64(prev.count) else {
                throw ParquetDecodeError("DELTA_BYTE_ARRAY prefix \(pre) is longer than the previous value (\(prev.count) bytes)")
            }
            next.removeAll(keepingCapacity: true)
            next.append(contentsOf: prev[0..<Int(pre)])
            next.append(contentsOf: sOwned[sStarts[i]..<sEnds[i]])
            starts.append(owned.count)
            owned.append(contentsOf: next)
            ends.append(owned.count)
            swap(&prev, &next)
        }
    }
}
