/// The non-null values of one column chunk, in their physical storage. INT96 values are
/// kept as microseconds in `i64`; BYTE_ARRAY and FIXED_LEN_BYTE_ARRAY values are spans:
/// `starts[i] >= 0` is in `owned`, otherwise at `~starts[i]` in the dictionary's bytes.
struct DenseValues {
    var bools: [Bool] = []
    var i32: [Int32] = []
    var i64: [Int64] = []
    var f32: [Float] = []
    var f64: [Double] = []
    var owned: [UInt8] = []
    var starts: [Int] = []
    var ends: [Int] = []

    func count(_ t: PhysicalType) -> Int {
        switch t {
        case .boolean: bools.count
        case .int32: i32.count
        case .int64, .int96: i64.count
        case .float: f32.count
        case .double: f64.count
        case .byteArray, .fixedLenByteArray: starts.count
        }
    }
}

/// Julian day of 1970-01-01, for INT96 timestamps (nanoseconds of day, Julian day).
let parquetJulianUnixEpoch: Int64 = 2_440_588

/// PLAIN (Encodings.md).
enum PlainDecoder {
    /// Appends `count` values of type `t` from `data` to `v`; returns the bytes consumed.
    @discardableResult
    static func decode(_ data: UnsafeBufferPointer<UInt8>, count: Int, type t: PhysicalType, typeLength: Int,
                       into v: inout DenseValues) throws -> Int {
        guard count > 0 else { return 0 }
        let n = data.count
        func need(_ bytes: Int) throws {
            guard bytes <= n else { throw ParquetDecodeError("PLAIN data holds \(n) bytes, \(count) values need \(bytes)") }
        }
        let raw = UnsafeRawBufferPointer(data)
        switch t {
        case .boolean:
            try need((count + 7) / 8)
            v.bools.reserveCapacity(v.bools.count + count)
            for i in 0..<count { v.bools.append(data[i >> 3] >> UInt8(i & 7) & 1 == 1) }
            return (count + 7) / 8
        case .int32:
            try need(count * 4)
            let old = v.i32.count
            v.i32.append(contentsOf: repeatElement(0, count: count))
            v.i32.withUnsafeMutableBytes { dst in dst.baseAddress!.advanced(by: old * 4).copyMemory(from: raw.baseAddress!, byteCount: count * 4) }
            return count * 4
        case .int64:
            try need(count * 8)
            let old = v.i64.count
            v.i64.append(contentsOf: repeatElement(0, count: count))
            v.i64.withUnsafeMutableBytes { dst in dst.baseAddress!.advanced(by: old * 8).copyMemory(from: raw.baseAddress!, byteCount: count * 8) }
            return count * 8
        case .float:
            try need(count * 4)
            let old = v.f32.count
            v.f32.append(contentsOf: repeatElement(0, count: count))
            v.f32.withUnsafeMutableBytes { dst in dst.baseAddress!.advanced(by: old * 4).copyMemory(from: raw.baseAddress!, byteCount: count * 4) }
            return count * 4
        case .double:
            try need(count * 8)
            let old = v.f64.count
            v.f64.append(contentsOf: repeatElement(0, count: count))
            v.f64.withUnsafeMutableBytes { dst in dst.baseAddress!.advanced(by: old * 8).copyMemory(from: raw.baseAddress!, byteCount: count * 8) }
            return count * 8
        case .int96:
            try need(count * 12)
            v.i64.reserveCapacity(v.i64.count + count)
            for i in 0..<count { v.i64.append(int96Micros(raw, at: i * 12)) }
            return count * 12
        case .fixedLenByteArray:
            guard typeLength > 0 else { throw ParquetDecodeError("FIXED_LEN_BYTE_ARRAY has length \(typeLength)") }
            try need(count * typeLength)
            let base = v.owned.count
            v.owned.append(contentsOf: UnsafeBufferPointer(rebasing: data[0..<(count * typeLength)]))
            v.starts.reserveCapacity(v.starts.count + count)
            v.ends.reserveCapacity(v.ends.count + count)
            for i in 0..<count { v.starts.append(base + i * typeLength); v.ends.append(base + (i + 1) * typeLength) }
            return count * typeLength
        case .byteArray:
            // Spans are found first, then the page's value bytes (length prefixes and all)
            // are copied in one piece, so that values need no copy each.
            let base = v.owned.count
            v.starts.reserveCapacity(v.starts.count + count)
            v.ends.reserveCapacity(v.ends.count + count)
            var pos = 0
            for _ in 0..<count {
                guard pos + 4 <= n else { throw ParquetDecodeError("PLAIN byte array length runs past the end of the page") }
                let len = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: pos, as: UInt32.self)))
                pos += 4
                guard len <= n - pos else { throw ParquetDecodeError("PLAIN byte array of \(len) bytes runs past the end of the page") }
                v.starts.append(base + pos)
                v.ends.append(base + pos + len)
                pos += len
            }
            v.owned.append(contentsOf: UnsafeBufferPointer(rebasing: data[0..<pos]))
            return pos
        }
    }

    @inline(__always)
    static func int96Micros(_ raw: UnsafeRawBufferPointer, at off: Int) -> Int64 {
        let nanos = Int64(littleEndian: raw.loadUnaligned(fromByteOffset: off, as: Int64.self))
        let day = Int64(Int32(littleEndian: raw.loadUnaligned(fromByteOffset: off + 8, as: Int32.self)))
        return (day - parquetJulianUnixEpoch) &* 86_400_000_000 &+ nanos / 1000
    }
}
