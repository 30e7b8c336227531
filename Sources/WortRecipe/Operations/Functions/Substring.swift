import WortCore

/// SUBSTRING (a function): characters `startPosition` up to `endPosition` of `sourceColumn`
/// (or the constant `value`) into a new text column `targetColumn`. DataBrew does not say
/// how positions count; Wort reads them as its other position parameters do (MASK_RANGE's
/// start/stop, LEFT's and SPLIT_COLUMN_FROM_START's position): 0-based code points, start
/// included, end excluded, so LEFT n is SUBSTRING 0..n. Positions past the end are clamped;
/// an end before the start is a problem.
/// (Named so as not to hide Swift's `Substring`.)
enum SubstringFunction: RecipeOperation {
    static let name = "SUBSTRING"

    static func plan(_ context: inout StepContext) -> StepKernel? {
        let range = 0...Int(Int32.max)
        let start = context.int("startPosition", range: range)
        let end = context.int("endPosition", range: range)
        var ready = start != nil && end != nil
        if let start, let end, end < start {
            context.problem("endPosition", "\(end) is before startPosition \(start)"); ready = false
        }
        return FunctionSteps.text(&context, ready: ready) { [start = start ?? 0, end = end ?? 0] b, out in
            out.append(contentsOf: CodePoints.slice(b, start, end))
            return true
        }
    }
}
