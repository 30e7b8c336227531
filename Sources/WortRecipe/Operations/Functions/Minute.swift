import WortCore

/// MINUTE (a function): the minute (0-59) of the date-time in `sourceColumn` or `value`, into a new column `targetColumn` (see `DateParts`).
enum Minute: RecipeOperation {
    static let name = "MINUTE"

    static func plan(_ context: inout StepContext) -> StepKernel? {
        DateParts.integer(&context) { $0.minute }
    }
}
