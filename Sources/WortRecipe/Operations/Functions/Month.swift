import WortCore

/// MONTH (a function): the month (1-12) of the date in `sourceColumn` or `value`, into a new column `targetColumn` (see `DateParts`).
enum Month: RecipeOperation {
    static let name = "MONTH"

    static func plan(_ context: inout StepContext) -> StepKernel? {
        DateParts.integer(&context) { $0.month }
    }
}
