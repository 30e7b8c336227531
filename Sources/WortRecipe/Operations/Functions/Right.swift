import WortCore

/// RIGHT (a function): the last `position` characters (code points) of `sourceColumn` or
/// of the constant `value`, into a new text column `targetColumn`; the whole text when it
/// is shorter (Spark's `right`). `position` 0 gives the empty text.
enum Right: RecipeOperation {
    static let name = "RIGHT"

    static func plan(_ context: inout StepContext) -> StepKernel? {
        let n = context.int("position", range: 0...Int(Int32.max))
        return FunctionSteps.text(&context, ready: n != nil) { [n = n ?? 0] b, out in
            let length = CodePoints.count(b)
            out.append(contentsOf: CodePoints.slice(b, length - n, length))
            return true
        }
    }
}
