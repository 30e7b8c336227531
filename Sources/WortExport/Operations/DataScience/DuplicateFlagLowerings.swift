/// FLAG_DUPLICATE_ROWS / FLAG_DUPLICATES_IN_COLUMN: `trueString` on each row whose key
/// (all of the step's input columns, or `sourceColumn`) occurred in an earlier row,
/// `falseString` on its first occurrence: `row_number() OVER (PARTITION BY key ORDER BY
/// _wort_rid) > 1`. SQL's PARTITION BY puts NULLs together, as Wort's keys do.
enum DuplicateFlag {
    static func lower(_ l: inout Lowering, keys: [String]) -> String {
        let target = l.params.string("targetColumn") ?? ""
        let yes = l.params.optionalString("trueString") ?? "True"
        let no = l.params.optionalString("falseString") ?? "False"
        let window = "row_number() OVER (PARTITION BY " + keys.map(l.col).joined(separator: ", ") + " ORDER BY \(l.rid))"
        return l.project([target: "CASE WHEN \(window) > 1 THEN \(l.lit(yes)) ELSE \(l.lit(no)) END"])
    }
}

enum FlagDuplicateRowsLowering: StepLowering {
    static let operation = "FLAG_DUPLICATE_ROWS"
    static func lower(_ l: inout Lowering) throws -> String {
        DuplicateFlag.lower(&l, keys: l.input.fields.map(\.name))
    }
}

enum FlagDuplicatesInColumnLowering: StepLowering {
    static let operation = "FLAG_DUPLICATES_IN_COLUMN"
    static func lower(_ l: inout Lowering) throws -> String {
        let source = l.params.string("sourceColumn") ?? ""
        return DuplicateFlag.lower(&l, keys: [source])
    }
}
