import WortCore

/// DAY (a function): the day of the month (1-31) of the date in `sourceColumn` or `value`, into a new column `targetColumn` (see `DateParts`).
enum Day: RecipeOperation {
    static let name = "DAY"

    static func plan(_ context: inout StepContext) -> StepKernel? {
        DateParts.integer(&context) { $0.day }
    }
}
