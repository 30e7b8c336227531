import WortCore

/// TO_STRING_COLUMN, TO_NUMBER_COLUMN, TO_DOUBLE_COLUMN, TO_BOOLEAN_COLUMN: DataBrew's
/// older casts of `sourceColumn`, run as CHANGE_DATA_TYPE (whose cast they are: values that
/// do not convert become null). Their `columnDataType` can only repeat the cast's type
/// (`string`, `number`, `number`, `boolean`); it may be left out.
enum LegacyCast {
    static func plan(_ context: inout StepContext, type expected: String) -> StepKernel? {
        let source = context.string("sourceColumn")
        let given = context.optionalString("columnDataType")
        if let given, given.lowercased() != expected {
            context.problem("columnDataType", "\(context.operation) casts to '\(expected)', not '\(given)'; use CHANGE_DATA_TYPE for other types")
            return nil
        }
        guard let source else { return nil }
        return FunctionSteps.delegate(&context, to: ChangeDataType.self, schema: context.schema,
                                      parameters: ["sourceColumn": source, "columnDataType": expected]).map { .map($0) }
    }
}
