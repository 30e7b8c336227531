import WortCore

/// LEFT (a function): the first `position` characters (code points) of `sourceColumn` or
/// of the constant `value`, into a new text column `targetColumn`; the whole text when it
/// is shorter (Spark's `left`). `position` 0 gives the empty text.
enum Left: RecipeOperation {
    static let name = "LEFT"

    static func plan(_ context: inout StepContext) -> StepKernel? {
        let n = context.int("position", range: 0...Int(Int32.max))
        return FunctionSteps.text(&context, ready: n != nil) { [n = n ?? 0] b, out in
            out.append(contentsOf: CodePoints.slice(b, 0, n))
            return true
        }
    }
}
