import WortCore

/// CHANGE_DATA_TYPE: casts `sourceColumn` to `columnDataType`; values that do not convert
/// become null and are counted as invalid (DataBrew's rule).
enum ChangeDataType: RecipeOperation {
    static let name = "CHANGE_DATA_TYPE"
    static let conditionUse = ConditionUse.unsupported

    static func plan(_ context: inout StepContext) -> StepKernel? {
        guard let i = context.column("sourceColumn"), let typeName = context.string("columnDataType") else { return nil }
        guard let type = RecipeTypes.dataType(typeName) else {
            context.problem("columnDataType", "unknown type '\(typeName)'; use one of \(RecipeTypes.names.joined(separator: ", "))")
            return nil
        }
        context.schema = context.schema.replacing(i, with: Field(name: context.schema.fields[i].name, type: type))
        return .map { $0.replacing(i, with: $0.columns[i].cast(to: type)) }
    }
}
