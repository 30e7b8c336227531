/// Keccak-256 (the original Keccak padding, as Ethereum uses it; not SHA3-256), only for
/// the EIP-55 checksum of Ethereum addresses: 40 bytes in, so a plain implementation.
enum Keccak256 {
    private static let roundConstants: [UInt64] = [
        0x0000000000000001, 0x0000000000008082, 0x800000000000808a, 0x8000000080008000,
        0x000000000000808b, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
        0x000000000000008a, 0x0000000000000088, 0x0000000080008009, 0x000000008000000a,
        0x000000008000808b, 0x800000000000008b, 0x8000000000008089, 0x8000000000008003,
        0x8000000000008002, 0x8000000000000080, 0x000000000000800a, 0x800000008000000a,
        0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
    ]
    /// Rotation offsets and lane order of the combined rho and pi steps.
    private static let rotations = [1, 3, 6, 10, 15, 21, 28, 36, 45, 55, 2, 14, 27, 41, 56, 8, 25, 43, 62, 18, 39, 61, 20, 44]
    private static let lanes = [10, 7, 11, 17, 18, 3, 5, 16, 8, 21, 24, 4, 15, 23, 19, 13, 12, 2, 20, 14, 22, 9, 6, 1]

    static func hash(_ message: [UInt8]) -> [UInt8] {
        let rate = 136
        var m = message
        m.append(0x01)
        while m.count % rate != 0 { m.append(0) }
        m[m.count - 1] |= 0x80
        var state = [UInt64](repeating: 0, count: 25)
        for block in stride(from: 0, to: m.count, by: rate) {
            for i in 0..<(rate / 8) {
                var lane: UInt64 = 0
                for b in 0..<8 { lane |= UInt64(m[block + i * 8 + b]) << UInt64(8 * b) }
                state[i] ^= lane
            }
            permute(&state)
        }
        var out = [UInt8]()
        for i in 0..<4 { for b in 0..<8 { out.append(UInt8(truncatingIfNeeded: state[i] >> UInt64(8 * b))) } }
        return out
    }

    @inline(__always) private static func rotl(_ x: UInt64, _ n: Int) -> UInt64 { (x << UInt64(n)) | (x >> UInt64(64 - n)) }

    private static func permute(_ s: inout [UInt64]) {
        var c = [UInt64](repeating: 0, count: 5)
        for round in 0..<24 {
            for i in 0..<5 { c[i] = s[i] ^ s[i + 5] ^ s[i + 10] ^ s[i + 15] ^ s[i + 20] }       // theta
            for i in 0..<5 {
                let d = c[(i + 4) % 5] ^ rotl(c[(i + 1) % 5], 1)
                for j in stride(from: 0, to: 25, by: 5) { s[j + i] ^= d }
            }
            var t = s[1]                                                                     // rho, pi
            for i in 0..<24 {
                let j = lanes[i]
                let saved = s[j]
                s[j] = rotl(t, rotations[i])
                t = saved
            }
            for j in stride(from: 0, to: 25, by: 5) {                                         // chi
                for i in 0..<5 { c[i] = s[j + i] }
                for i in 0..<5 { s[j + i] ^= ~c[(i + 1) % 5] & c[(i + 2) % 5] }
            }
            s[0] ^= roundConstants[round]                                                    // iota
        }
    }
}
