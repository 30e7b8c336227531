/// FLAG_COLUMN_FROM_NULL / FLAG_COLUMN_FROM_PATTERN: a new text column `targetColumn`
/// after `sourceColumn` holding `trueString` (default `True`) where the flag holds and
/// `falseString` (default `False`) elsewhere, never null.
enum Flag {
    static func lower(_ l: inout Lowering, _ holds: (inout Lowering, String, WorkColumns) throws -> String) throws -> String {
        let source = l.params.string("sourceColumn") ?? ""
        let target = l.params.string("targetColumn") ?? ""
        let yes = l.params.optionalString("trueString") ?? "True"
        let no = l.params.optionalString("falseString") ?? "False"
        l.params.ignore("flagType")
        let w = WorkColumns(l.dialect)
        let condition = try holds(&l, source, w)
        return l.project([target: "CASE WHEN \(condition) THEN \(l.lit(yes)) ELSE \(l.lit(no)) END"], w)
    }
}

/// FLAG_COLUMN_FROM_NULL: the flag holds where the cell is null.
enum FlagColumnFromNullLowering: StepLowering {
    static let operation = "FLAG_COLUMN_FROM_NULL"
    static func lower(_ l: inout Lowering) throws -> String {
        try Flag.lower(&l) { l, c, _ in "\(l.col(c)) IS NULL" }
    }
}

/// FLAG_COLUMN_FROM_PATTERN: the flag holds where `pattern` matches somewhere in the
/// cell's text (a search, not a whole-value match: `RLIKE`, `regexp_matches`); a null
/// cell does not match.
enum FlagColumnFromPatternLowering: StepLowering {
    static let operation = "FLAG_COLUMN_FROM_PATTERN"
    static func lower(_ l: inout Lowering) throws -> String {
        try Flag.lower(&l) { l, c, w in
            let regex = try l.regex(l.params.string("pattern") ?? "", parameter: "pattern")
            return "coalesce(\(l.dialect.matches(l.columnText(c, w), regex)), FALSE)"
        }
    }
}
