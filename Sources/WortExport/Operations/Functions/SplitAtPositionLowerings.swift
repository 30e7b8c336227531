/// SPLIT_COLUMN_FROM_START / SPLIT_COLUMN_FROM_END: `sourceColumn` replaced by `<col>_1`
/// and `<col>_2`, cut `position` code points from the start or from the end (WortRecipe's
/// SplitAtPosition): `substring(t, 1, n)` and `substring(t, n + 1)`, with n measured from
/// the end for FROM_END and never below 0. A null gives two nulls.
enum SplitAtPositionLowering {
    static func lower(_ l: inout Lowering, fromEnd: Bool) -> String {
        let source = l.params.string("sourceColumn") ?? ""
        let n = Position.literal(l.params.int("position") ?? 0)
        let d = l.dialect
        let w = WorkColumns(d)
        let t = w.column(l.columnText(source, w))
        let cut = fromEnd ? "greatest(\(d.length(t)) - \(n), 0)" : n
        return l.project([
            "\(source)_1": d.substring(t, from: "1", count: cut),
            "\(source)_2": d.substring(t, from: "\(cut) + 1"),
        ], w)
    }
}

enum SplitColumnFromStartLowering: StepLowering {
    static let operation = "SPLIT_COLUMN_FROM_START"
    static func lower(_ l: inout Lowering) throws -> String { SplitAtPositionLowering.lower(&l, fromEnd: false) }
}

enum SplitColumnFromEndLowering: StepLowering {
    static let operation = "SPLIT_COLUMN_FROM_END"
    static func lower(_ l: inout Lowering) throws -> String { SplitAtPositionLowering.lower(&l, fromEnd: true) }
}
