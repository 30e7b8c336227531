import WortCore

/// FLAG_COLUMN_FROM_NULL: a new text column `targetColumn` after `sourceColumn` holding
/// `trueString` (default `True`) where the source is null and `falseString` (default
/// `False`) elsewhere (`CASE WHEN c IS NULL ...`, scale-out.md §2). An empty CSV cell is
/// null; a value that did not parse as the column's type is not.
enum FlagColumnFromNull: RecipeOperation {
    static let name = "FLAG_COLUMN_FROM_NULL"

    static func plan(_ context: inout StepContext) -> StepKernel? {
        FunctionSteps.flag(&context, flagType: "Null values") { column in { !column.validity[$0] } }
    }
}
