import WortCore

/// YEAR (a function): the year of the date in `sourceColumn` or `value`, into a new column `targetColumn` (see `DateParts`).
enum Year: RecipeOperation {
    static let name = "YEAR"

    static func plan(_ context: inout StepContext) -> StepKernel? {
        DateParts.integer(&context) { $0.year }
    }
}
