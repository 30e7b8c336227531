import WortCore

/// FILL_WITH_CUSTOM: missing cells (NULL, or '' in text) take `value`, parsed as the
/// column's type the way Wort parses it (pre-flight refused a value that does not parse);
/// the column keeps its type: `CASE WHEN <missing> THEN <typed constant> ELSE c END`.
enum FillWithCustomLowering: StepLowering {
    static let operation = "FILL_WITH_CUSTOM"
    static func lower(_ l: inout Lowering) throws -> String {
        let c = l.params.string("sourceColumn") ?? ""
        l.params.ignore("columnDataType")
        let value = l.params.string("value") ?? ""
        let type = l.type(of: c) ?? .string
        let constant = Column(name: c, strings: [value]).cast(to: type)
        guard constant.validity[0] else { throw l.refuse("'\(value)' is not a \(type) value", parameter: "value") }
        let x = l.col(c)
        return l.project([c: "CASE WHEN \(l.isMissing(x, type)) THEN \(l.dialect.constant(constant, row: 0)) ELSE \(x) END"])
    }
}

/// FILL_WITH_EMPTY: missing cells become ''; the column becomes text (values as Wort
/// writes them): `coalesce(text(c), '')`.
enum FillWithEmptyLowering: StepLowering {
    static let operation = "FILL_WITH_EMPTY"
    static func lower(_ l: inout Lowering) throws -> String {
        let c = l.params.string("sourceColumn") ?? ""
        return l.project([c: "coalesce(\(l.text(c)), '')"])
    }
}

/// FILL_WITH_NULL: every cell of the rows the step applies to becomes NULL of the
/// column's type (with conditions, ConditionalStep keeps the other rows' values).
enum FillWithNullLowering: StepLowering {
    static let operation = "FILL_WITH_NULL"
    static func lower(_ l: inout Lowering) throws -> String {
        let c = l.params.string("sourceColumn") ?? ""
        return l.project([c: l.dialect.null(l.type(of: c) ?? .string)])
    }
}
