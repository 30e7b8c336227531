import WortCore

/// MOVE_TO_INDEX: `sourceColumn` moved so that it is at `targetIndex` of the new order.
/// DataBrew does not document the base; Wort takes it 0-based (0 = first column, as the
/// console's column indices), so `targetIndex` runs from 0 to the column count - 1.
enum MoveToIndex: RecipeOperation {
    static let name = "MOVE_TO_INDEX"
    static let conditionUse = ConditionUse.unsupported

    static func plan(_ context: inout StepContext) -> StepKernel? {
        let column = context.column("sourceColumn")
        let index = context.int("targetIndex", range: 0...max(0, context.schema.fields.count - 1))
        guard let i = column, let index else { return nil }
        return ColumnMove.plan(&context, column: i, to: index)
    }
}
