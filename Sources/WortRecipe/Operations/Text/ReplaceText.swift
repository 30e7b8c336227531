import Foundation
import WortCore

/// REPLACE_TEXT: every match of `pattern` in `sourceColumn` replaced by `value`, in place.
/// The pattern is a regular expression (DataBrew runs on Java regex; plain text works as
/// long as it has no regex metacharacters, and nothing is escaped for the user). `value`
/// is a replacement template: `$1` is a capture group, `\$` a literal dollar, as in Java
/// and Spark's `regexp_replace`. Every match is replaced, not only the first.
enum ReplaceText: RecipeOperation {
    static let name = "REPLACE_TEXT"

    static func plan(_ context: inout StepContext) -> StepKernel? {
        let column = context.column("sourceColumn")
        let pattern = context.string("pattern")
        // A missing value means "replace with nothing" (the console omits empty strings).
        let template = context.optionalString("value") ?? ""
        guard let column, let pattern, let regex = CompiledRegex.compile(pattern, parameter: "pattern", &context) else { return nil }
        return InPlaceText.plan(&context, column: column) { b, out in
            let text = String(decoding: b, as: UTF8.self)
            let whole = NSRange(text.startIndex..., in: text)
            let replaced = regex.regex.stringByReplacingMatches(in: text, options: [], range: whole, withTemplate: template)
            out.append(contentsOf: replaced.utf8)
            return true
        }
    }
}
