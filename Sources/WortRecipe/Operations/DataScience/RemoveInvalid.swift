import WortCore

/// REMOVE_INVALID: deletes the rows whose `sourceColumn` cell is invalid for the column's
/// type (see `InvalidValues`; SQL `WHERE NOT coalesce(<is_invalid>, false)`). Nulls and
/// empty strings stay. Like REMOVE_MISSING, it already says which rows go, so conditions
/// make no sense.
enum RemoveInvalid: RecipeOperation {
    static let name = "REMOVE_INVALID"
    static let conditionUse = ConditionUse.unsupported

    static func plan(_ context: inout StepContext) -> StepKernel? {
        guard let i = InvalidValues.planColumns(&context)?.first else { return nil }
        return .map { batch in batch.filter(InvalidValues.mask(batch.columns[i]).map { !$0 }) }
    }
}
