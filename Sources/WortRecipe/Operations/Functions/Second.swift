import WortCore

/// SECOND (a function): the second (0-59) of the date-time in `sourceColumn` or `value`, into a new column `targetColumn` (see `DateParts`).
enum Second: RecipeOperation {
    static let name = "SECOND"

    static func plan(_ context: inout StepContext) -> StepKernel? {
        DateParts.integer(&context) { $0.second }
    }
}
