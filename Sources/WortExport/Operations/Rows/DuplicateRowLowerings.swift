/// The first row of each value stays, later ones go (Wort's FirstOccurrence): `row_number()
/// OVER (PARTITION BY <key> ORDER BY _wort_rid) = 1`. NULLs partition together, as Wort
/// keys them (all nulls are one value). `SELECT DISTINCT` or `dropDuplicates` would keep
/// an arbitrary row and lose the order.
enum FirstOccurrenceSQL {
    static func keepFirst(_ l: Lowering, by columns: [String]) -> String {
        let partition = columns.map(l.col).joined(separator: ", ")
        let numbered = "(SELECT *, row_number() OVER (PARTITION BY \(partition) ORDER BY \(l.rid)) AS _wort_n FROM \(l.from)) AS wort_t"
        return l.project([:], from: numbered, where: "_wort_n = 1")
    }
}

/// DELETE_DUPLICATE_ROWS: drops every row equal in all columns to an earlier row.
enum DeleteDuplicateRowsLowering: StepLowering {
    static let operation = "DELETE_DUPLICATE_ROWS"
    static func lower(_ l: inout Lowering) throws -> String {
        guard !l.input.fields.isEmpty else { throw l.refuse("a table without columns has no rows to compare") }
        return FirstOccurrenceSQL.keepFirst(l, by: l.input.names)
    }
}

/// REMOVE_DUPLICATES: drops every row whose `sourceColumn` value occurred in an earlier
/// row (one NULL row stays; the empty string is a value of its own).
enum RemoveDuplicatesLowering: StepLowering {
    static let operation = "REMOVE_DUPLICATES"
    static func lower(_ l: inout Lowering) throws -> String {
        FirstOccurrenceSQL.keepFirst(l, by: [l.params.string("sourceColumn") ?? ""])
    }
}
