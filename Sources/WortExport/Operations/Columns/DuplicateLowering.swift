/// DUPLICATE: a copy of the column after it.
enum DuplicateLowering: StepLowering {
    static let operation = "DUPLICATE"
    static func lower(_ l: inout Lowering) throws -> String {
        let source = l.params.string("sourceColumn") ?? ""
        let target = l.params.string("targetColumn") ?? ""
        return l.project([target: l.col(source)])
    }
}
