import WortCore

/// FILL_WITH_CUSTOM: missing cells of `sourceColumn` (null or empty string) and invalid
/// ones (see `Missing.isFillable`) take `value`.
/// The column keeps its type, so `value` must be a value of that type (a pre-flight
/// problem otherwise, rather than a column silently turned to text). `columnDataType` is
/// the console's record of the type it showed; it is checked to be one DataBrew knows.
enum FillWithCustom: RecipeOperation {
    static let name = "FILL_WITH_CUSTOM"
    static let dataTypes = ["date", "number", "boolean", "unsupported", "string", "timestamp"]

    static func plan(_ context: inout StepContext) -> StepKernel? {
        let i = context.column("sourceColumn")
        let typeName = context.string("columnDataType")
        let value = context.string("value")
        if let typeName, !dataTypes.contains(typeName.lowercased()), RecipeTypes.dataType(typeName) == nil {
            context.problem("columnDataType", "'\(typeName)' is not one of \(dataTypes.joined(separator: ", "))")
        }
        guard let i, let value else { return nil }
        let field = context.schema.fields[i]
        guard let constant = Missing.constant(value, type: field.type, name: field.name) else {
            context.problem("value", "'\(value)' does not convert to \(field.type), the type of column '\(field.name)'")
            return nil
        }
        return .map { $0.replacing(i, with: Missing.fill($0.columns[i], with: constant)) }
    }
}
