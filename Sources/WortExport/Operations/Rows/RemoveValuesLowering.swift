/// REMOVE_VALUES: keeps the rows that do not meet the conditions (a row whose condition
/// is NULL is kept: `conditionSQL` is never NULL).
enum RemoveValuesLowering: StepLowering {
    static let operation = "REMOVE_VALUES"
    static func lower(_ l: inout Lowering) throws -> String {
        l.params.ignore("sourceColumn")
        guard let condition = try l.conditionSQL() else { return l.project([:]) }
        return l.project([:], where: "NOT " + condition)
    }
}
