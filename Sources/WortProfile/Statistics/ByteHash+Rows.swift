import WortCore

extension ByteHash {
    /// Folds a cell's hash into its row's running hash (order matters). Cheap on
    /// purpose: the row hash gets one `mix` when the row is complete.
    @inline(__always)
    static func combine(_ row: UInt64, _ cell: UInt64) -> UInt64 {
        ((row &* 0x9E37_79B9_7F4A_7C15) ^ cell).rotated(27)
    }
}

extension UInt64 {
    @inline(__always)
    func rotated(_ k: UInt64) -> UInt64 { self << k | self >> (64 - k) }
}
