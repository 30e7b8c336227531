/// CHANGE_DATA_TYPE: `sourceColumn` cast to `columnDataType` as Wort casts it (see
/// `Cast`): through the value's Wort text and Wort's own parsing rules, never the engines'
/// casts, which differ from Wort and from each other (scale-out.md §2.4 #1).
enum ChangeDataTypeLowering: StepLowering {
    static let operation = "CHANGE_DATA_TYPE"
    static func lower(_ l: inout Lowering) throws -> String {
        let column = l.params.string("sourceColumn") ?? ""
        let type = l.params.string("columnDataType") ?? ""
        return try Cast.lower(&l, column: column, to: type, parameter: "columnDataType")
    }
}
