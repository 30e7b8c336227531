/// How one DataBrew operation is written in SQL: a query over the previous step's view
/// that gives the step's output columns plus the row-order column `_wort_rid`.
///
/// A lowering reads its parameters through `lowering.params` (pre-flight has already
/// checked them) and throws `lowering.refuse(...)` where the engines cannot do exactly
/// what Wort does.
public protocol StepLowering {
    static var operation: String { get }
    static func lower(_ lowering: inout Lowering) throws -> String
}
