import WortCore

/// TRIM (a function): `sourceColumn` (or the constant `value`) without leading and
/// trailing whitespace, into a new text column `targetColumn`: right after the source, or
/// at the end for a constant. Whitespace is `[\s\p{Z}]` (tabs, newlines, NBSP, U+3000...),
/// not only the space that Spark's `trim` strips.
enum Trim: RecipeOperation {
    static let name = "TRIM"

    static func plan(_ context: inout StepContext) -> StepKernel? {
        context.ignore("functionStepType")
        let input = FunctionInput.resolve(&context)
        let target = context.newColumn("targetColumn")
        guard let input, let target else { return nil }
        let at = input.columnIndex.map { $0 + 1 } ?? context.schema.fields.count
        context.schema = context.schema.inserting(Field(name: target, type: .string), at: at)
        return .map { table in
            let trimmed = TextMapping.map(input.column(in: table), name: target) { b, out in
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[TextScalars.trimmedRange(b, TextScalars.isSpace)]))
                return true
            }
            return table.inserting(trimmed, at: at)
        }
    }
}
