import WortCore

/// MONTH_NAME (a function): the English name of the month (`January`) of the date in `sourceColumn`
/// or `value`;
/// a new column `targetColumn` (see `DateParts`).
enum MonthName: RecipeOperation {
    static let name = "MONTH_NAME"

    static func plan(_ context: inout StepContext) -> StepKernel? {
        DateParts.text(&context) { DatePattern.monthNames[$0.month - 1] }
    }
}
