import WortCore

/// The generator of wort's random steps: SplitMix64, small and fully specified, so that a
/// fixed `--seed` gives the same output on every platform and Swift version (the standard
/// library's algorithms for ranges are not promised to stay the same).
struct SplitMix64 {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    @inline(__always)
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return SplitMix64.mix(state)
    }

    @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in 0..<n (n = 0 means the full 64-bit range), without modulo bias
    /// (Lemire's multiply-and-reject).
    @inline(__always)
    mutating func below(_ n: UInt64) -> UInt64 {
        if n == 0 { return next() }
        var m = next().multipliedFullWidth(by: n)
        if m.low < n {
            let threshold = (0 &- n) % n
            while m.low < threshold { m = next().multipliedFullWidth(by: n) }
        }
        return m.high
    }

    /// The generator of one random stream of a step: the run's seed (`--seed`, or a fresh
    /// one per run when none is given) mixed with the step number and a stream number (the
    /// column), so two random steps, or two columns of one step, never share a sequence.
    static func forStep(_ context: StepContext, stream: Int) -> SplitMix64 {
        let base = context.environment.seed ?? UInt64.random(in: .min ... .max)
        return SplitMix64(seed: mix(base ^ mix(UInt64(context.number) << 32 | UInt64(stream & 0xFFFF_FFFF))))
    }
}

extension Column {
    /// Whether row `r` has a value (valid, or an invalid cell's text), i.e. is not null.
    func hasValue(_ r: Int, invalidRows: Set<Int>) -> Bool { validity[r] || invalidRows.contains(r) }
    var invalidRows: Set<Int> { Set(invalid.map(\.row)) }
}
