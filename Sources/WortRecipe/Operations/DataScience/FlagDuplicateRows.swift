import WortCore

/// FLAG_DUPLICATE_ROWS: a new column `targetColumn`, last, flagging each row equal in all
/// columns to an earlier row (see `DuplicateFlags`). The rows stay.
enum FlagDuplicateRows: RecipeOperation {
    static let name = "FLAG_DUPLICATE_ROWS"

    static func plan(_ context: inout StepContext) -> StepKernel? {
        DuplicateFlags.plan(&context, keyColumns: nil) { $0.fields.count }
    }
}
