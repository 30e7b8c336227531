import WortCore

/// MOVE_TO_END: `sourceColumn` becomes the last column (a console `targetIndex` is ignored).
enum MoveToEnd: RecipeOperation {
    static let name = "MOVE_TO_END"
    static let conditionUse = ConditionUse.unsupported

    static func plan(_ context: inout StepContext) -> StepKernel? {
        context.ignore("targetIndex")
        guard let i = context.column("sourceColumn") else { return nil }
        return ColumnMove.plan(&context, column: i, to: context.schema.fields.count - 1)
    }
}
