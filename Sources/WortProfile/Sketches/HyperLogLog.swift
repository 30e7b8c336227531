import Foundation

/// Distinct-count sketch (Flajolet et al. 2007) with 2^14 one-byte registers: relative
/// standard error 1.04 / sqrt(2^14) ≈ 0.81%, with linear counting for small counts.
struct HyperLogLog: Sendable, Equatable {
    static let precision = 14
    static var relativeStandardError: Double { 1.04 / Double(1 << precision).squareRoot() }
    private var registers = [UInt8](repeating: 0, count: 1 << HyperLogLog.precision)

    @inline(__always)
    mutating func add(hash: UInt64) {
        let p = HyperLogLog.precision
        let index = Int(hash >> UInt64(64 - p))
        let rest = (hash << UInt64(p)) | (1 << UInt64(p - 1))
        let rank = UInt8(rest.leadingZeroBitCount + 1)
        if rank > registers[index] { registers[index] = rank }
    }

    mutating func merge(_ other: HyperLogLog) {
        registers.withUnsafeMutableBufferPointer { mine in
            other.registers.withUnsafeBufferPointer { theirs in
                for i in 0..<mine.count { mine[i] = Swift.max(mine[i], theirs[i]) }
            }
        }
    }

    var estimate: Int {
        let m = Double(registers.count)
        var sum = 0.0, zeros = 0
        for r in registers {
            sum += 1 / Double(UInt64(1) << UInt64(r))
            if r == 0 { zeros += 1 }
        }
        let raw = 0.7213 / (1 + 1.079 / m) * m * m / sum
        if raw <= 2.5 * m && zeros > 0 { return Int((m * log(m / Double(zeros))).rounded()) }
        return Int(raw.rounded())
    }
}
