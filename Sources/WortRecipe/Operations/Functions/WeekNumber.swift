import WortCore

/// WEEK_NUMBER (a function): the ISO 8601 week (1-53; DataBrew says "1 to 52") of the date in
/// `sourceColumn` or `value`, as Spark's `weekofyear` (scale-out.md §2);
/// a new column `targetColumn` (see `DateParts`).
enum WeekNumber: RecipeOperation {
    static let name = "WEEK_NUMBER"

    static func plan(_ context: inout StepContext) -> StepKernel? {
        DateParts.integer(&context) { $0.isoWeek }
    }
}
