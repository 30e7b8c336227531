import WortCore

/// MASK_RANGE: masks the characters from `start` (0-based, inclusive; default 0) to `stop`
/// (exclusive; default the end). Negative positions count from the end, as in Python:
/// `start 0, stop -4` masks all but the last four (`123-45-6789` → `#######6789`, or
/// `###-##-6789` with `alphabet ["SYMBOLS"]`).
///
/// Positions are code points (see `Masking`); a position past the end is the end, and a
/// range with stop ≤ start masks nothing — the same normalization as the SQL export
/// (`least(s, len)`, `greatest(len - k, 0)`).
enum MaskRange: RecipeOperation {
    static let name = "MASK_RANGE"

    static func plan(_ context: inout StepContext) -> StepKernel? {
        let columns = context.sourceColumns()
        let symbol = Masking.symbol(&context)
        let alphabet = MaskAlphabet.read(&context)
        let start = context.int("start", default: 0)
        var stop: Int? = nil, stopOK = true
        if context.parameters["stop"] != nil { stop = context.int("stop"); stopOK = stop != nil } else { context.ignore("stop") }
        let filterOK = EntityTypeFilter.check(&context)
        guard let columns, let symbol, let alphabet, let start, stopOK, filterOK else { return nil }
        let end = stop
        let mask = Masking.Mask(symbol: symbol, alphabet: alphabet)
        return SensitiveColumns.mapText(columns, &context) { bytes, out in
            let ascii = Masking.isASCII(bytes)
            let count = ascii ? bytes.count : Masking.scalarCount(bytes)
            let a = normalize(start, count), b = normalize(end ?? count, count)
            Masking.appendMasking(bytes, scalars: a, max(a, b), mask: mask, ascii: ascii, to: &out)
            return true
        }
    }

    /// A position against a value of `count` code points: negative from the end, clamped.
    @inline(__always)
    static func normalize(_ p: Int, _ count: Int) -> Int {
        p < 0 ? max(count + p, 0) : min(p, count)
    }
}
