import WortCore

/// WEEK_DAY (a function): the day of the week of the date in `sourceColumn` or `value` as a number,
/// 1 = Sunday ... 7 = Saturday, as Spark's `dayofweek` (DataBrew does not say which form);
/// a new column `targetColumn` (see `DateParts`).
enum WeekDay: RecipeOperation {
    static let name = "WEEK_DAY"

    static func plan(_ context: inout StepContext) -> StepKernel? {
        DateParts.integer(&context) { ($0.weekdayFromMonday + 1) % 7 + 1 }
    }
}
