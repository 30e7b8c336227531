/// MERGE: the Wort text of `sourceColumns` joined with `delimiter` into the new text
/// column `targetColumn`, skipping nulls (`concat_ws` in both engines); all null gives
/// the empty text, never null, as in Wort.
enum MergeLowering: StepLowering {
    static let operation = "MERGE"
    static func lower(_ l: inout Lowering) throws -> String {
        let sources = l.params.stringList("sourceColumns") ?? []
        let delimiter = l.params.optionalString("delimiter") ?? ""
        let target = l.params.string("targetColumn") ?? ""
        let w = WorkColumns(l.dialect)
        let parts = [l.lit(delimiter)] + sources.map { l.columnText($0, w) }
        return l.project([target: "concat_ws(" + parts.joined(separator: ", ") + ")"], w)
    }
}
