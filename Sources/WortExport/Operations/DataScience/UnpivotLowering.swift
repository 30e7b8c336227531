import WortCore

/// UNPIVOT: one row per input row and non-NULL source cell, in the listed column order:
/// the other columns, the source column's name, its value in the common type (the same
/// type, DOUBLE when all are numeric, else Wort's text). One `SELECT ... WHERE c IS NOT
/// NULL` per source column, joined by UNION ALL; the new row order is the struct
/// (input row order, source position), which both engines order field by field.
enum UnpivotLowering: StepLowering {
    static let operation = "UNPIVOT"

    static func lower(_ l: inout Lowering) throws -> String {
        let sources = (l.params.columns("sourceColumns") ?? []).map { l.input.fields[$0].name }
        let nameColumn = l.params.string("unpivotColumn") ?? ""
        let valueColumn = l.params.string("valueColumn") ?? ""
        guard let valueType = l.output.fields.first(where: { $0.name == valueColumn })?.type else {
            throw l.refuse("the value column is not in the planned schema", parameter: "valueColumn")
        }
        let d = l.dialect
        let others = l.output.fields.map(\.name).filter { $0 != nameColumn && $0 != valueColumn }
        var branches: [String] = []
        for (k, c) in sources.enumerated() {
            let value: String
            if l.type(of: c) == valueType {
                value = l.col(c)
            } else if valueType == .double {
                value = "CAST(\(l.col(c)) AS DOUBLE)"
            } else {
                value = l.wortText(c)
            }
            let items = others.map(l.col) + [l.lit(c) + " AS " + l.col(nameColumn), value + " AS " + l.col(valueColumn),
                                             d.orderKey([("r", l.rid), ("k", String(k))]) + " AS " + l.rid]
            branches.append("SELECT " + items.joined(separator: ", ") + " FROM \(l.from) WHERE \(l.col(c)) IS NOT NULL")
        }
        return branches.joined(separator: "\nUNION ALL\n")
    }
}
