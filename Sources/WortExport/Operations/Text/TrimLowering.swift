import WortCore

/// TRIM (a function): `sourceColumn` (or the constant `value`) without leading and
/// trailing whitespace `[\t-\r\p{Z}]` into a new text column `targetColumn`. A regex,
/// because Spark's `trim` strips only spaces and DuckDB's strips NBSP but not tabs
/// (scale-out.md §2.4 #3); `\z`, because `$` would also match before a final NEL.
enum TrimLowering: StepLowering {
    static let operation = "TRIM"

    static func lower(_ l: inout Lowering) throws -> String {
        l.params.ignore("functionStepType")
        let target = l.params.string("targetColumn") ?? ""
        let source: String
        if l.params.parameters["sourceColumn"] != nil {
            l.params.ignore("value")
            source = l.wortText(l.params.string("sourceColumn") ?? "")
        } else {
            source = l.lit(l.params.string("value") ?? "")
        }
        let ws = SQLDialect.whitespaceClass
        let edges = l.dialect.string("^" + ws + "+|" + ws + "+\\z")
        return l.project([target: l.dialect.replaceAll(source, edges, "''")])
    }
}
