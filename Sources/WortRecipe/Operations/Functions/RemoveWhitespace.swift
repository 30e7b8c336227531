import WortCore

/// REMOVE_WHITESPACE (a function): `sourceColumn` (or the constant `value`) with every
/// whitespace character removed, into a new text column `targetColumn`. Whitespace is
/// `[\s\p{Z}]` as for TRIM (`regexp_replace(c, r'[\s\p{Z}]+', '')`, scale-out.md §2).
enum RemoveWhitespace: RecipeOperation {
    static let name = "REMOVE_WHITESPACE"

    static func plan(_ context: inout StepContext) -> StepKernel? {
        FunctionSteps.text(&context) { b, out in
            var i = 0
            while i < b.count {
                let (s, len) = TextScalars.decode(b, i)
                if !TextScalars.isSpace(s) { out.append(contentsOf: UnsafeBufferPointer(rebasing: b[i..<i + len])) }
                i += len
            }
            return true
        }
    }
}
