import WortCore

/// CAPITAL_CASE: the first letter of each word upper case, the rest lower case, in place.
/// A word starts at the beginning of the cell or after an ASCII whitespace character
/// (`\s`, as in the portable SQL of scale-out.md: Spark's `initcap` counts only spaces).
/// Case is changed code point by code point, so `ß` at a word start becomes `SS`.
enum CapitalCase: RecipeOperation {
    static let name = "CAPITAL_CASE"

    static func plan(_ context: inout StepContext) -> StepKernel? {
        InPlaceText.plan(&context) { b, out in
            var atWordStart = true
            var i = 0
            while i < b.count {
                let x = b[i]
                if x < 0x80 {
                    if atWordStart { out.append(x >= 0x61 && x <= 0x7A ? x - 0x20 : x) }
                    else { out.append(x >= 0x41 && x <= 0x5A ? x + 0x20 : x) }
                    atWordStart = TextScalars.isASCIISpace(UInt32(x))
                    i += 1
                    continue
                }
                let (s, len) = TextScalars.decode(b, i)
                if let u = Unicode.Scalar(s), s != 0xFFFD || len > 1 {
                    let one = String(Character(u))
                    out.append(contentsOf: (atWordStart ? one.uppercased() : one.lowercased()).utf8)
                } else {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: b[i..<i + len]))
                }
                atWordStart = false
                i += len
            }
            return true
        }
    }
}
