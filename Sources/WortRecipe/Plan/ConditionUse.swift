/// What a step's `ConditionExpressions` mean for its operation.
public enum ConditionUse: Sendable {
    /// The step changes only the rows that match; other rows keep their values
    /// (new columns are null there). Needs an operation that keeps every row.
    case changesMatchingRows
    /// The matching rows are the ones the operation removes (REMOVE_VALUES).
    case selectsRowsToRemove
    /// Conditions make no sense here (JOIN, SORT, ...): having any is a pre-flight problem.
    case unsupported
}
