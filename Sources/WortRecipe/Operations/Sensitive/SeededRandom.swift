import CWortCrypto
import WortCore

/// The draws of wort's random steps (REPLACE_WITH_RANDOM_*, SHUFFLE_ROWS): counter-based,
/// so that a row's draw depends only on the seed, the step, the stream and the row's
/// position, never on the rows before it or on how the input was split into batches. That
/// is what lets an exported program (DuckDB, Spark) compute the very same draws in SQL,
/// row for row, with a hash function both engines have:
///
///     text(k) = "<seed>:<step number>:<stream>:<k>"      (decimal numbers, ASCII)
///     bits(k) = the first 13 hex digits of sha256(text(k)), as an integer (52 bits)
///     u(k)    = bits(k) / 16^13                          (a double in [0, 1), exact)
///     draw(n, k) = min(floor(u(k) * n), n - 1)           (IEEE double product)
///
/// `k` is the row's 0-based position in the step's input, in Wort's row order; `stream`
/// is the source column's position in the step's list (0 for SHUFFLE_ROWS), so two
/// columns of one step, or two steps, never share draws. The seed is the run's `--seed`,
/// or a fresh random one per step and stream when none is given (so runs without a seed
/// differ).
/// The clamp to `n - 1` matters only when the product rounds up to `n`.
public struct RowDraws: Sendable {
    /// `"<seed>:<step>:<stream>:"`.
    public let prefix: [UInt8]

    public init(seed: UInt64, step: Int, stream: Int) {
        prefix = Array("\(seed):\(step):\(stream):".utf8)
    }

    /// The draws of one stream of a step, seeded by the run.
    static func forStep(_ context: StepContext, stream: Int) -> RowDraws {
        RowDraws(seed: context.environment.seed ?? UInt64.random(in: .min ... .max), step: context.number, stream: stream)
    }

    /// `bits(k)`: the top 52 bits of sha256(text(k)).
    public func bits(_ k: Int) -> UInt64 {
        // The text is built in a stack buffer: prefix, then k's decimal digits.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: prefix.count + 20 + 32) { buf in
            let text = buf.baseAddress!
            let md = text + prefix.count + 20
            prefix.withUnsafeBufferPointer { text.update(from: $0.baseAddress!, count: $0.count) }
            var n = prefix.count
            if k < 0 { text[n] = 0x2D; n += 1 }
            var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
            let count = withUnsafeMutableBytes(of: &digits) { d -> Int in
                var v = k.magnitude, c = 0
                repeat { d[c] = 0x30 + UInt8(v % 10); v /= 10; c += 1 } while v != 0
                return c
            }
            withUnsafeBytes(of: digits) { d in for i in 0..<count { text[n + i] = d[count - 1 - i] } }
            n += count
            wort_digest(CellHasher.Kind.sha256.rawValue, text, n, md)
            var x: UInt64 = 0
            for i in 0..<8 { x = x << 8 | UInt64(md[i]) }
            return x >> 12
        }
    }

    /// `u(k)`, in [0, 1).
    public func unit(_ k: Int) -> Double { Double(bits(k)) / 0x1p52 }

    /// `draw(n, k)`: in 0..<n, uniform up to the rounding of a 52-bit fraction (n = 0 means 2^64).
    public func below(_ n: UInt64, row k: Int) -> UInt64 {
        let span = n == 0 ? 0x1p64 : Double(n)
        let x = (unit(k) * span).rounded(.down)
        let last = n &- 1
        if x >= span { return last }
        return min(UInt64(x), last)
    }
}
