/// CRYPTO: Bitcoin legacy addresses (base58check with the double SHA-256 checksum),
/// segwit addresses (bech32/bech32m checksum) and Ethereum addresses (0x + 40 hex,
/// with the EIP-55 checksum when written in mixed case; all one case is weak).
enum CryptoDetector {
    static func possible(_ s: ValueShape) -> Bool {
        s.length >= 26 && s.length <= 90 && s.marks == 0 && s.nonASCII == 0
    }
    static func match(_ b: Bytes) -> UInt8 {
        if b.count == 42 && b[0] == 0x30 { return CryptoAddressChecks.ethereumAddress(b) }
        if CryptoAddressChecks.isBech32Address(b) || CryptoAddressChecks.isBase58CheckAddress(b) { return Match.strong }
        return Match.none
    }
}
