import WortCore

/// REMOVE_MISSING: keeps only the rows whose `sourceColumn` is not missing (null or empty
/// string; SQL `WHERE c IS NOT NULL AND c <> ''`). Conditions make no sense on a step that
/// already says which rows go.
enum RemoveMissing: RecipeOperation {
    static let name = "REMOVE_MISSING"
    static let conditionUse = ConditionUse.unsupported

    static func plan(_ context: inout StepContext) -> StepKernel? {
        guard let i = context.column("sourceColumn") else { return nil }
        return .map { batch in batch.filter(Missing.mask(batch.columns[i]).map { !$0 }) }
    }
}
