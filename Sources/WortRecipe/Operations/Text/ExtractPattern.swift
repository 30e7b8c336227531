import Foundation
import WortCore

/// EXTRACT_PATTERN: the first match of the regular expression `pattern` in `sourceColumn`
/// (the whole match) into a new text column `targetColumn`, right after the source.
/// No match gives null, not the empty string that a bare `regexp_extract` gives.
enum ExtractPattern: RecipeOperation {
    static let name = "EXTRACT_PATTERN"

    static func plan(_ context: inout StepContext) -> StepKernel? {
        let column = context.column("sourceColumn")
        let target = context.newColumn("targetColumn")
        let pattern = context.string("pattern")
        guard let i = column, let target, let pattern,
              let regex = CompiledRegex.compile(pattern, parameter: "pattern", &context) else { return nil }
        context.schema = context.schema.inserting(Field(name: target, type: .string), at: i + 1)
        return .map { table in
            let extracted = TextMapping.map(table.columns[i], name: target) { b, out in
                let text = String(decoding: b, as: UTF8.self)
                guard let m = regex.regex.firstMatch(in: text, options: [], range: NSRange(text.startIndex..., in: text)),
                      let r = Range(m.range, in: text) else { return false }
                out.append(contentsOf: text[r].utf8)
                return true
            }
            return table.inserting(extracted, at: i + 1)
        }
    }
}
