import WortCore

/// CATEGORICAL_MAPPING: maps the values of `sourceColumn` through `categoryMap` (a JSON
/// object, value → category; categories may be JSON strings or numbers) into
/// `targetColumn`, a new column right after the source; without `targetColumn` (or with
/// the source's own name) the source is mapped in place. Matching is exact, on the cell's
/// text. A value the map does not name (null included) is, in this order of precedence:
/// its row deleted when `deleteOtherRows`; kept as it is when `keepOthers`; replaced by
/// `other` when given; else null. `mapType` `NUMERIC` gives a number column (integer when
/// every category is a whole number, else double; kept values that are no number become
/// null); any other `mapType` gives text. `mappingOption` (`ALL_VALUES`, `TOP_X_VALUES`)
/// is how the console built the map and changes nothing here.
enum CategoricalMapping: RecipeOperation {
    static let name = "CATEGORICAL_MAPPING"

    static func plan(_ context: inout StepContext) -> StepKernel? {
        let column = context.column("sourceColumn")
        let node = context.json("categoryMap")
        let deleteOthers = context.bool("deleteOtherRows", default: false)
        let keepOthers = context.bool("keepOthers", default: false)
        let other = context.optionalString("other")
        let numeric = (context.optionalString("mapType") ?? "").uppercased() == "NUMERIC"
        _ = context.choice("mappingOption", ["ALL_VALUES", "TOP_X_VALUES"], default: "ALL_VALUES")
        var map: [[UInt8]: [UInt8]] = [:]
        if let node {
            guard case .object(let members) = node.kind else {
                context.problem("categoryMap", "expected a JSON object of value to category, like {\"yes\":\"1\"}"); return nil
            }
            for m in members {
                switch m.value.kind {
                case .string(let s): map[Array(m.key.utf8)] = Array(s.utf8)
                case .number(let s): map[Array(m.key.utf8)] = Array(s.utf8)
                default: context.problem("categoryMap", "the category of '\(m.key)' must be a string or a number")
                }
            }
            if members.isEmpty { context.warning("categoryMap", "the map is empty") }
        }
        if deleteOthers && !context.step.conditions.isEmpty {
            context.problem("deleteOtherRows", "deleting rows cannot be combined with conditions (the step must keep every row)")
        }
        var type: DataType = .string
        if numeric {
            let categories = Array(map.values) + (other.map { [Array($0.utf8)] } ?? [])
            for c in categories where ValueParser.double(String(decoding: c, as: UTF8.self)) == nil {
                context.problem("categoryMap", "'\(String(decoding: c, as: UTF8.self))' is not a number, but mapType is NUMERIC")
            }
            let allWhole = categories.allSatisfy { ValueParser.int64(String(decoding: $0, as: UTF8.self)) != nil }
            type = allWhole ? .int64 : .double
        }
        guard let i = column, node != nil, !context.hasProblems else { return nil }
        let sourceName = context.schema.fields[i].name
        var target = sourceName
        if let t = context.optionalString("targetColumn"), t != sourceName {
            guard let fresh = context.newColumn("targetColumn") else { return nil }
            target = fresh
        }
        let inPlace = target == sourceName
        let field = Field(name: target, type: type)
        context.schema = inPlace ? context.schema.replacing(i, with: field) : context.schema.inserting(field, at: i + 1)
        let otherBytes = other.map { Array($0.utf8) }
        let categories = map
        let name = target
        let resultType = type
        return .map { table in
            let source = table.columns[i]
            var keep = [Bool](repeating: true, count: table.rowCount)
            var key: [UInt8] = []
            var mapped = TextColumnBuilder.build(name: name, count: table.rowCount) { r, out in
                key.removeAll(keepingCapacity: true)
                if source.appendText(row: r, to: &key), let category = categories[key] {
                    out.append(contentsOf: category)
                    return true
                }
                if deleteOthers { keep[r] = false; return false }
                if keepOthers { out.append(contentsOf: key); return source.validity[r] || source.invalidText(at: r) != nil }
                if let otherBytes { out.append(contentsOf: otherBytes); return true }
                return false
            }
            if resultType != .string { mapped = mapped.cast(to: resultType) }
            let result = inPlace ? table.replacing(i, with: mapped) : table.inserting(mapped, at: i + 1)
            return deleteOthers ? result.filter(keep) : result
        }
    }
}
