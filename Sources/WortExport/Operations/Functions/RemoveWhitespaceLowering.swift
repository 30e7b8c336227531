/// REMOVE_WHITESPACE (a function): `sourceColumn` (or the constant `value`) with every
/// whitespace code point removed, into the new text column `targetColumn`. Wort's
/// whitespace is ASCII `\s` (tab to carriage return, space) or a Unicode separator; the
/// class is spelt out because RE2's `\s` leaves out the vertical tab, Java's does not.
enum RemoveWhitespaceLowering: StepLowering {
    static let operation = "REMOVE_WHITESPACE"
    static let whitespace = "[\\t\\n\\x0B\\f\\r \\p{Z}]+"

    static func lower(_ l: inout Lowering) throws -> String {
        let w = WorkColumns(l.dialect)
        let t = l.functionInputText(w)
        let target = l.params.string("targetColumn") ?? ""
        let d = l.dialect
        return l.project([target: d.replaceAll(t, d.string(whitespace), "''")], w)
    }
}
