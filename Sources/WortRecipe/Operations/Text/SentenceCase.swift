import WortCore

/// SENTENCE_CASE: the first code point upper case and the rest lower case, in place
/// (`concat(upper(substring(c,1,1)), lower(substring(c,2)))`; only the cell's start
/// counts as a sentence start).
enum SentenceCase: RecipeOperation {
    static let name = "SENTENCE_CASE"

    static func plan(_ context: inout StepContext) -> StepKernel? {
        InPlaceText.plan(&context) { b, out in
            guard !b.isEmpty else { return true }
            if TextScalars.isASCII(b) {
                let x = b[0]
                out.append(x >= 0x61 && x <= 0x7A ? x - 0x20 : x)
                for x in b.dropFirst() { out.append(x >= 0x41 && x <= 0x5A ? x + 0x20 : x) }
                return true
            }
            let len = TextScalars.decode(b, 0).length
            out.append(contentsOf: String(decoding: UnsafeBufferPointer(rebasing: b[0..<len]), as: UTF8.self).uppercased().utf8)
            out.append(contentsOf: String(decoding: UnsafeBufferPointer(rebasing: b[len...]), as: UTF8.self).lowercased().utf8)
            return true
        }
    }
}
