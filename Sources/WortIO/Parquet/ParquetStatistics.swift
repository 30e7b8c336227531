import Foundation

/// Unsigned lexicographic order of byte strings (Parquet's order for UTF-8 BYTE_ARRAY).
@inline(__always)
func compareBytes(_ a: UnsafePointer<UInt8>?, _ na: Int, _ b: UnsafePointer<UInt8>?, _ nb: Int) -> Int {
    let m = min(na, nb)
    if m > 0, let a, let b {
        let c = memcmp(a, b, m)
        if c != 0 { return Int(c) }
    }
    return na - nb
}

/// Little-endian bytes of a fixed-width value (PLAIN encoding, and min/max statistics).
@inline(__always)
func littleEndianBytes<T: FixedWidthInteger>(_ v: T) -> [UInt8] {
    withUnsafeBytes(of: v.littleEndian) { Array($0) }
}

/// Statistics of a column chunk as they are gathered; turned into the Thrift struct at the end.
struct ChunkStatistics {
    var nullCount = 0
    var intRange: (min: Int64, max: Int64)? = nil
    var doubleRange: (min: Double, max: Double)? = nil
    var bytesRange: (min: [UInt8], max: [UInt8])? = nil
    var sawTrue = false, sawFalse = false

    mutating func merge(int lo: Int64, _ hi: Int64) {
        if let r = intRange { intRange = (Swift.min(r.min, lo), Swift.max(r.max, hi)) } else { intRange = (lo, hi) }
    }

    /// NaN never reaches here (it is left out of min/max, as the spec says).
    mutating func merge(double lo: Double, _ hi: Double) {
        if let r = doubleRange { doubleRange = (Swift.min(r.min, lo), Swift.max(r.max, hi)) } else { doubleRange = (lo, hi) }
    }

    mutating func merge(bytesMin lo: UnsafeBufferPointer<UInt8>, max hi: UnsafeBufferPointer<UInt8>) {
        guard var r = bytesRange else { bytesRange = (Array(lo), Array(hi)); return }
        if r.min.withUnsafeBufferPointer({ compareBytes(lo.baseAddress, lo.count, $0.baseAddress, $0.count) }) < 0 { r.min = Array(lo) }
        if r.max.withUnsafeBufferPointer({ compareBytes(hi.baseAddress, hi.count, $0.baseAddress, $0.count) }) > 0 { r.max = Array(hi) }
        bytesRange = r
    }

    func thrift(physical: PhysicalType) -> Statistics {
        var s = Statistics(nullCount: Int64(nullCount))
        switch physical {
        case .int64:
            if let r = intRange { s.minValue = littleEndianBytes(r.min); s.maxValue = littleEndianBytes(r.max) }
        case .int32:
            if let r = intRange { s.minValue = littleEndianBytes(Int32(r.min)); s.maxValue = littleEndianBytes(Int32(r.max)) }
        case .double:
            if let r = doubleRange {
                // Zeros: the spec asks for -0.0 as a minimum and +0.0 as a maximum.
                let lo = r.min == 0 ? -0.0 : r.min, hi = r.max == 0 ? 0.0 : r.max
                s.minValue = littleEndianBytes(lo.bitPattern); s.maxValue = littleEndianBytes(hi.bitPattern)
            }
        case .boolean:
            if sawTrue || sawFalse {
                s.minValue = [sawFalse ? 0 : 1]; s.maxValue = [sawTrue ? 1 : 0]
            }
        case .byteArray:
            if let r = bytesRange { s.minValue = r.min; s.maxValue = r.max }
        default: break
        }
        return s
    }
}
