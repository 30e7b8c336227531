/// RENAME: the column under its new name, in place.
enum RenameLowering: StepLowering {
    static let operation = "RENAME"
    static func lower(_ l: inout Lowering) throws -> String {
        let source = l.params.string("sourceColumn") ?? ""
        let target = l.params.string("targetColumn") ?? ""
        return l.project([target: l.col(source)])
    }
}
