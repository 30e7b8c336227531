import WortCore

/// MOVE_TO_START: `sourceColumn` becomes the first column. The console also writes
/// `"targetIndex": "NaN"`; it is accepted and ignored.
enum MoveToStart: RecipeOperation {
    static let name = "MOVE_TO_START"
    static let conditionUse = ConditionUse.unsupported

    static func plan(_ context: inout StepContext) -> StepKernel? {
        context.ignore("targetIndex")
        guard let i = context.column("sourceColumn") else { return nil }
        return ColumnMove.plan(&context, column: i, to: 0)
    }
}
