import WortCore
import WortRecipe

/// A column cast as Wort casts it (CHANGE_DATA_TYPE and the TO_*_COLUMN steps, WortCore's
/// `Column.cast`): the same type stays as it is; to text, the value's Wort text; to any
/// other type, the value's Wort text read as Wort reads that type, NULL where it does not
/// read. So `3.0` (a double) gives NULL as an integer and a timestamp gives NULL as a
/// date, as in Wort; the engines' casts would truncate or keep such values
/// (scale-out.md §2.4 #1).
enum Cast {
    static func lower(_ l: inout Lowering, column: String, to typeName: String, parameter: String) throws -> String {
        guard let new = RecipeTypes.dataType(typeName) else { throw l.refuse("unknown type '\(typeName)'", parameter: parameter) }
        let old = l.type(of: column) ?? .string
        if old == new { return l.project([:]) }
        let w = WorkColumns(l.dialect)
        let text = l.valueText(l.col(column), from: old, w)
        return l.project([column: try l.parsed(text, as: new, parameter: parameter, w)], w)
    }

    static func legacy(_ l: inout Lowering, type: String) throws -> String {
        l.params.ignore("columnDataType")
        return try lower(&l, column: l.params.string("sourceColumn") ?? "", to: type, parameter: "sourceColumn")
    }
}

enum ToStringColumnLowering: StepLowering {
    static let operation = "TO_STRING_COLUMN"
    static func lower(_ l: inout Lowering) throws -> String { try Cast.legacy(&l, type: "string") }
}

enum ToNumberColumnLowering: StepLowering {
    static let operation = "TO_NUMBER_COLUMN"
    static func lower(_ l: inout Lowering) throws -> String { try Cast.legacy(&l, type: "number") }
}

enum ToDoubleColumnLowering: StepLowering {
    static let operation = "TO_DOUBLE_COLUMN"
    static func lower(_ l: inout Lowering) throws -> String { try Cast.legacy(&l, type: "number") }
}

enum ToBooleanColumnLowering: StepLowering {
    static let operation = "TO_BOOLEAN_COLUMN"
    static func lower(_ l: inout Lowering) throws -> String { try Cast.legacy(&l, type: "boolean") }
}
