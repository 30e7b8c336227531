import WortCore
import WortRecipe

/// CATEGORICAL_MAPPING: `sourceColumn`'s text mapped through `categoryMap` (exact match;
/// a key given twice keeps its last category, as Wort reads the map) into `targetColumn`
/// after the source, or in place. An unmapped cell, NULL included: its row deleted with
/// `deleteOtherRows`, else kept as it is with `keepOthers`, else `other`, else NULL — a
/// `CASE` with that `ELSE`. `mapType` NUMERIC reads the result as Wort casts text to the
/// output type (integer or double, by the categories), not as the engines cast.
enum CategoricalMappingLowering: StepLowering {
    static let operation = "CATEGORICAL_MAPPING"

    static func lower(_ l: inout Lowering) throws -> String {
        let c = l.params.string("sourceColumn") ?? ""
        let deleteOthers = l.params.bool("deleteOtherRows", default: false)
        let keepOthers = l.params.bool("keepOthers", default: false)
        let other = l.params.optionalString("other")
        l.params.ignore("mapType", "mappingOption")
        var categories: [(String, String)] = []
        if case .object(let members)? = l.params.json("categoryMap")?.kind {
            for m in members {
                let category: String
                switch m.value.kind {
                case .string(let s), .number(let s): category = s
                default: continue
                }
                categories.removeAll { $0.0 == m.key }
                categories.append((m.key, category))
            }
        }
        var target = c
        if let t = l.params.optionalString("targetColumn"), t != c { target = t }
        let (values, source) = l.prepare([l.wortText(c)])
        let t = values[0]
        let otherwise: String
        if deleteOthers { otherwise = l.dialect.null(.string) }
        else if keepOthers { otherwise = t }
        else if let other { otherwise = l.lit(other) }
        else { otherwise = l.dialect.null(.string) }
        var mapped = categories.isEmpty ? otherwise
            : "CASE \(t) " + categories.map { "WHEN \(l.lit($0.0)) THEN \(l.lit($0.1))" }.joined(separator: " ") + " ELSE \(otherwise) END"
        let outputType = l.output.fields.first { $0.name == target }?.type ?? .string
        switch outputType {
        case .int64: mapped = l.wortInteger(text: mapped)
        case .double: mapped = l.wortDouble(text: mapped)
        default: break
        }
        let filter = deleteOthers
            ? (categories.isEmpty ? "FALSE" : "\(t) IN (" + categories.map { l.lit($0.0) }.joined(separator: ", ") + ")")
            : nil
        return l.project([target: mapped], from: source, where: filter)
    }
}
