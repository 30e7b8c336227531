import WortCore

/// GROUP_BY: groups the rows by `sourceColumns` (nulls form one group, as in SQL) and
/// computes `groupByAggFunctionOptions`, a JSON list of `{sourceColumnName,
/// targetColumnName, targetColumnDataType, functionName}` (see `GroupByAggregate` for the
/// functions and their result types; `targetColumnDataType` is the console's note of the
/// type and is not used to convert). With `useNewDataFrame` "true" (the default) the
/// result replaces the dataset: the key columns then the aggregates, one row per group in
/// order of first appearance. With "false" every row keeps its columns and gets its
/// group's aggregates as new columns at the end (SQL `agg OVER (PARTITION BY keys)`).
enum GroupBy: RecipeOperation {
    static let name = "GROUP_BY"
    static let conditionUse = ConditionUse.unsupported

    static func plan(_ context: inout StepContext) -> StepKernel? {
        let keys = context.columns("sourceColumns")
        // The docs' parameter list says `groupByAggFunctions`; their example and the
        // console say `groupByAggFunctionOptions`. Read either.
        let optionsName = context.parameters["groupByAggFunctionOptions"] == nil && context.parameters["groupByAggFunctions"] != nil
            ? "groupByAggFunctions" : "groupByAggFunctionOptions"
        context.ignore("groupByAggFunctions", "groupByAggFunctionOptions")
        let node = context.json(optionsName)
        let newFrame = context.bool("useNewDataFrame", default: true)
        guard let node else { return nil }
        guard case .array(let items) = node.kind, !items.isEmpty else {
            context.problem(optionsName, "expected a non-empty JSON list of {\"sourceColumnName\", \"targetColumnName\", \"functionName\"}")
            return nil
        }
        var aggregates: [GroupByAggregate] = []
        var taken = Set(newFrame ? (keys ?? []).map { context.schema.fields[$0].name } : context.schema.names)
        let functions = GroupByAggregate.Function.allCases.map(\.rawValue)
        for (k, item) in items.enumerated() {
            let where_ = "\(optionsName)[\(k)]"
            guard case .object(let members) = item.kind else { context.problem(where_, "expected an object"); continue }
            var fields: [String: String] = [:]
            for m in members { if let s = ParameterValue.string(from: m.value) { fields[m.key] = s } }
            guard let source = fields["sourceColumnName"] else { context.problem(where_, "missing sourceColumnName"); continue }
            guard let i = context.index(of: source) else { context.problem(where_, context.notFound(source)); continue }
            guard let fname = fields["functionName"] else { context.problem(where_, "missing functionName"); continue }
            guard let function = GroupByAggregate.Function(rawValue: fname.uppercased()) else {
                context.problem(where_, "unknown functionName '\(fname)'; use one of \(functions.joined(separator: ", "))" + NameSuggestion.hint(for: fname, among: functions))
                continue
            }
            let type = context.schema.fields[i].type
            if function.isNumeric, !Numeric.isNumeric(type) {
                context.problem(where_, "\(function.rawValue) needs a numeric column; '\(source)' is \(type)")
                continue
            }
            let target = fields["targetColumnName"] ?? "\(source)_\(function.rawValue.lowercased())"
            if target.isEmpty || taken.contains(target) {
                context.problem(where_, target.isEmpty ? "the target column needs a name" : "column '\(target)' already exists")
                continue
            }
            taken.insert(target)
            aggregates.append(GroupByAggregate(source: i, target: target, function: function))
        }
        guard let keys, !context.hasProblems else { return nil }
        let input = context.schema
        let aggFields = aggregates.map { Field(name: $0.target, type: $0.resultType(input.fields[$0.source].type)) }
        context.schema = newFrame ? Schema(keys.map { input.fields[$0] } + aggFields) : Schema(input.fields + aggFields)
        let aggs = aggregates
        return .whole { all in
            let (groupOfRow, groups) = group(all, by: keys)
            let results = try aggs.map { try $0.compute(all.columns[$0.source], groups: groups) }
            if newFrame {
                let firsts = groups.map { $0[0] }
                return Table(columns: keys.map { all.columns[$0].gather(firsts) } + results)
            }
            return Table(columns: all.columns + results.map { $0.gather(groupOfRow) })
        }
    }

    /// Each row's group number and each group's rows, groups numbered by first appearance.
    static func group(_ table: Table, by keys: [Int]) -> (groupOfRow: [Int], groups: [[Int]]) {
        let columns = keys.map { table.columns[$0] }
        var ids: [[UInt8]: Int] = [:]
        var groupOfRow = [Int](repeating: 0, count: table.rowCount)
        var groups: [[Int]] = []
        var key: [UInt8] = []
        for r in 0..<table.rowCount {
            CellKey.of(columns, r, into: &key)
            if let g = ids[key] {
                groupOfRow[r] = g
                groups[g].append(r)
            } else {
                ids[key] = groups.count
                groupOfRow[r] = groups.count
                groups.append([r])
            }
        }
        return (groupOfRow, groups)
    }
}
