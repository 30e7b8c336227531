import WortCore

/// FLAG_DUPLICATES_IN_COLUMN: a new column `targetColumn`, right after `sourceColumn`,
/// flagging each row whose `sourceColumn` value occurred in an earlier row (see
/// `DuplicateFlags`).
enum FlagDuplicatesInColumn: RecipeOperation {
    static let name = "FLAG_DUPLICATES_IN_COLUMN"

    static func plan(_ context: inout StepContext) -> StepKernel? {
        guard let i = context.column("sourceColumn") else {
            _ = context.newColumn("targetColumn")
            context.ignore("trueString", "falseString")
            return nil
        }
        return DuplicateFlags.plan(&context, keyColumns: [i]) { _ in i + 1 }
    }
}
