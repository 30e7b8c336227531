/// ADD_PREFIX, ADD_SUFFIX, ADD_SINGLE_QUOTES, ADD_DOUBLE_QUOTES: text before and after
/// every value of `sourceColumn`, in place (WortRecipe's Affixes). Nulls stay null (the
/// dialect's NULL-propagating `concat`); a typed column becomes its Wort text first.
enum Affix {
    static func lower(_ l: inout Lowering, prefix: String, suffix: String) -> String {
        let c = l.params.string("sourceColumn") ?? ""
        let w = WorkColumns(l.dialect)
        let parts = [prefix.isEmpty ? nil : l.lit(prefix), l.columnText(c, w), suffix.isEmpty ? nil : l.lit(suffix)]
        return l.project([c: l.dialect.concat(parts.compactMap { $0 })], w)
    }
}

enum AddPrefixLowering: StepLowering {
    static let operation = "ADD_PREFIX"
    static func lower(_ l: inout Lowering) throws -> String {
        Affix.lower(&l, prefix: l.params.string("pattern") ?? "", suffix: "")
    }
}

enum AddSuffixLowering: StepLowering {
    static let operation = "ADD_SUFFIX"
    static func lower(_ l: inout Lowering) throws -> String {
        Affix.lower(&l, prefix: "", suffix: l.params.string("pattern") ?? "")
    }
}

enum AddSingleQuotesLowering: StepLowering {
    static let operation = "ADD_SINGLE_QUOTES"
    static func lower(_ l: inout Lowering) throws -> String { Affix.lower(&l, prefix: "'", suffix: "'") }
}

enum AddDoubleQuotesLowering: StepLowering {
    static let operation = "ADD_DOUBLE_QUOTES"
    static func lower(_ l: inout Lowering) throws -> String { Affix.lower(&l, prefix: "\"", suffix: "\"") }
}
