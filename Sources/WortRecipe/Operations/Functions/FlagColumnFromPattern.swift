import Foundation
import WortCore

/// FLAG_COLUMN_FROM_PATTERN: a new text column `targetColumn` after `sourceColumn` holding
/// `trueString` (default `True`) where the regular expression `pattern` matches somewhere
/// in the value (`c rlike p`, not a whole-value match) and `falseString` (default `False`)
/// elsewhere, nulls included. DataBrew's page describes the two strings with the words of
/// FLAG_COLUMN_FROM_NULL; its example (`N.*` flags northerly winds) shows the pattern use.
enum FlagColumnFromPattern: RecipeOperation {
    static let name = "FLAG_COLUMN_FROM_PATTERN"

    static func plan(_ context: inout StepContext) -> StepKernel? {
        let pattern = context.string("pattern")
        let regex = pattern.flatMap { CompiledRegex.compile($0, parameter: "pattern", &context) }
        return FunctionSteps.flag(&context, flagType: "Pattern", ready: regex != nil) { column in
            return { r in
                guard let regex, let s = column.text(at: r) else { return false }
                return regex.regex.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil
            }
        }
    }
}
