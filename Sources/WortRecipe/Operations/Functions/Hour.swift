import WortCore

/// HOUR (a function): the hour (0-23) of the date-time in `sourceColumn` or `value` (0 for a date), into a new column `targetColumn` (see `DateParts`).
enum Hour: RecipeOperation {
    static let name = "HOUR"

    static func plan(_ context: inout StepContext) -> StepKernel? {
        DateParts.integer(&context) { $0.hour }
    }
}
