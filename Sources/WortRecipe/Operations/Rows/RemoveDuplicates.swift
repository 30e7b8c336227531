import WortCore

/// REMOVE_DUPLICATES: drops every row whose `sourceColumn` value occurred in a row before
/// it, keeping the first (SQL `row_number() OVER (PARTITION BY c ORDER BY _rid) = 1`). All
/// nulls are one value, so only the first null row stays; the empty string is a value of
/// its own. Streams.
enum RemoveDuplicates: RecipeOperation {
    static let name = "REMOVE_DUPLICATES"
    static let conditionUse = ConditionUse.unsupported

    static func plan(_ context: inout StepContext) -> StepKernel? {
        guard let i = context.column("sourceColumn") else { return nil }
        return .stream { FirstOccurrence(columns: [i]) }
    }
}
