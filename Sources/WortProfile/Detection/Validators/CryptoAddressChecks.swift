/// Cryptocurrency address checks.
enum CryptoAddressChecks {
    private static let base58Alphabet = Array("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".utf8)
    private static let base58Index: [Int8] = {
        var t = [Int8](repeating: -1, count: 128)
        for (i, c) in base58Alphabet.enumerated() { t[Int(c)] = Int8(i) }
        return t
    }()

    /// A legacy Bitcoin address (P2PKH "1...", P2SH "3..."): base58 decoding to 25 bytes
    /// = version byte 0x00 or 0x05, 20-byte hash, and 4 bytes that equal the start of
    /// SHA-256(SHA-256(first 21 bytes)).
    static func isBase58CheckAddress(_ b: Bytes) -> Bool {
        guard b.count >= 26, b.count <= 35, b[0] == 0x31 || b[0] == 0x33 else { return false }
        var bytes = [UInt8](repeating: 0, count: 25)  // big-endian number
        for c in b {
            guard c < 128 else { return false }
            let v = base58Index[Int(c)]
            guard v >= 0 else { return false }
            var carry = Int(v)
            for k in stride(from: 24, through: 0, by: -1) {
                carry += Int(bytes[k]) * 58
                bytes[k] = UInt8(carry & 0xFF)
                carry >>= 8
            }
            if carry != 0 { return false }  // more than 25 bytes
        }
        // Leading '1's are leading zero bytes; the version byte must agree with them.
        let leadingOnes = b.prefix { $0 == 0x31 }.count
        let leadingZeros = bytes.prefix { $0 == 0 }.count
        guard leadingOnes == leadingZeros else { return false }
        guard bytes[0] == 0x00 || bytes[0] == 0x05 else { return false }
        let check = SHA256.hash(SHA256.hash(Array(bytes[0..<21])))
        return Array(bytes[21..<25]) == Array(check[0..<4])
    }

    private static let bech32Charset = Array("qpzry9x8gf2tvdw0s3jn54khce6mua7l".utf8)

    /// A segwit address (BIP 173 bech32 for version 0, BIP 350 bech32m for 1+): "bc1"
    /// (or "tb1"), data characters from the bech32 set, one case, and the BCH checksum.
    static func isBech32Address(_ b: Bytes) -> Bool {
        guard b.count >= 14, b.count <= 90 else { return false }
        var hasLower = false, hasUpper = false
        for c in b { if isLower(c) { hasLower = true } else if isUpper(c) { hasUpper = true } }
        guard !(hasLower && hasUpper) else { return false }
        let hrpOK = (b.hasWord("bc1", at: 0) || b.hasWord("tb1", at: 0))
        guard hrpOK else { return false }
        var values: [UInt8] = []
        values.reserveCapacity(b.count)
        for c in b[3...] {
            guard let i = bech32Charset.firstIndex(of: lowerASCII(c)) else { return false }
            values.append(UInt8(i))
        }
        guard values.count >= 7 else { return false }
        // Expanded human-readable part of "bc"/"tb": high bits, 0, low bits.
        let hrp = [lowerASCII(b[0]), lowerASCII(b[1])]
        var data = hrp.map { $0 >> 5 } + [0] + hrp.map { $0 & 31 } + values
        let check = polymod(&data)
        let version = values[0]
        if version == 0 { return check == 1 }          // bech32
        return version <= 16 && check == 0x2bc830a3     // bech32m
    }

    private static func polymod(_ values: inout [UInt8]) -> UInt32 {
        let gen: [UInt32] = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
        var chk: UInt32 = 1
        for v in values {
            let top = chk >> 25
            chk = (chk & 0x1ffffff) << 5 ^ UInt32(v)
            for i in 0..<5 where (top >> UInt32(i)) & 1 == 1 { chk ^= gen[i] }
        }
        return chk
    }

    /// An Ethereum address: "0x" and 40 hex digits. Mixed case carries the EIP-55
    /// checksum (a letter is upper case where the Keccak-256 of the lower-case address
    /// has a nibble >= 8) and must pass it; one case carries none (`.weak`).
    static func ethereumAddress(_ b: Bytes) -> UInt8 {
        guard b.count == 42, b[0] == 0x30, b[1] == 0x78 || b[1] == 0x58 else { return Match.none }
        var allZero = true, upper = false, lower = false
        for c in b[2...] {
            guard isHex(c) else { return Match.none }
            if c != 0x30 { allZero = false }
            if isUpper(c) { upper = true } else if isLower(c) { lower = true }
        }
        if allZero { return Match.none }
        guard upper && lower else { return Match.weak }
        let hash = Keccak256.hash(b[2...].map(lowerASCII))
        for (k, c) in b[2...].enumerated() where isAlpha(c) {
            let nibble = k % 2 == 0 ? hash[k / 2] >> 4 : hash[k / 2] & 0x0F
            if (nibble >= 8) != isUpper(c) { return Match.none }
        }
        return Match.strong
    }
}
