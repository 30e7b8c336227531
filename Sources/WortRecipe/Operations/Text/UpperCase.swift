import WortCore

/// UPPER_CASE: `sourceColumn` in upper case, in place. Full Unicode case mapping (ß → SS),
/// as Spark's `upper`; ASCII cells take a byte path.
enum UpperCase: RecipeOperation {
    static let name = "UPPER_CASE"

    static func plan(_ context: inout StepContext) -> StepKernel? {
        InPlaceText.plan(&context) { b, out in
            if TextScalars.isASCII(b) {
                for x in b { out.append(x >= 0x61 && x <= 0x7A ? x - 0x20 : x) }
            } else {
                out.append(contentsOf: String(decoding: b, as: UTF8.self).uppercased().utf8)
            }
            return true
        }
    }
}
