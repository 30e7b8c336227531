import WortCore

/// LOWER_CASE: `sourceColumn` in lower case, in place (Unicode case mapping; ASCII cells
/// take a byte path).
enum LowerCase: RecipeOperation {
    static let name = "LOWER_CASE"

    static func plan(_ context: inout StepContext) -> StepKernel? {
        InPlaceText.plan(&context) { b, out in
            if TextScalars.isASCII(b) {
                for x in b { out.append(x >= 0x41 && x <= 0x5A ? x + 0x20 : x) }
            } else {
                out.append(contentsOf: String(decoding: b, as: UTF8.self).lowercased().utf8)
            }
            return true
        }
    }
}
