import WortCore

/// REPLACE_WITH_CUSTOM: the invalid cells of `sourceColumn` (or of each of
/// `sourceColumns`) take `value`. Each column keeps its type, so `value` must be a value
/// of it: a pre-flight problem otherwise (as FILL_WITH_CUSTOM).
enum ReplaceWithCustom: RecipeOperation {
    static let name = "REPLACE_WITH_CUSTOM"

    static func plan(_ context: inout StepContext) -> StepKernel? {
        let columns = InvalidValues.planColumns(&context, several: true)
        let value = context.string("value")
        guard let columns, let value else { return nil }
        var constants: [(Int, Column)] = []
        for i in columns {
            let field = context.schema.fields[i]
            guard let constant = Missing.constant(value, type: field.type, name: field.name) else {
                context.problem("value", "'\(value)' does not convert to \(field.type), the type of column '\(field.name)'")
                return nil
            }
            constants.append((i, constant))
        }
        let fills = constants
        return .map { batch in
            var out = batch
            for (i, constant) in fills {
                let c = out.columns[i]
                out = out.replacing(i, with: Missing.fill(c, with: constant, where: InvalidValues.mask(c)))
            }
            return out
        }
    }
}
