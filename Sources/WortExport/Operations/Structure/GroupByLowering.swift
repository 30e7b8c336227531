import WortCore
import WortRecipe

/// GROUP_BY: Wort groups rows by `sourceColumns` (NULLs form one group, as in SQL) and
/// computes `groupByAggFunctionOptions`. With `useNewDataFrame` (the default) the result
/// is one row per group, keys then aggregates, groups in order of first appearance: the
/// new row order is `min(_wort_rid)` of the group, so no renumbering is needed. Without
/// it every row keeps its columns and gets its group's aggregates as window aggregates
/// `agg OVER (PARTITION BY keys)`, the row order unchanged. Either way the step reads its
/// input once (a join back to a grouped copy would read it twice, and chained steps would
/// double the plan each time).
///
/// Aggregates as Wort computes them (GroupByAggregate), NULLs skipped:
/// - COUNT `count(c)`, COUNT_DISTINCT `count(DISTINCT c)` (Spark has no DISTINCT window
///   aggregate: `size(collect_set(c))`; doubles `+ 0.0` so that -0.0 is 0.0, as in Wort);
/// - SUM in the column's type (`CAST(sum(c) AS BIGINT)`: DuckDB would widen to HUGEINT);
/// - MEAN/AVERAGE `avg`, MEDIAN the interpolated median, STANDARD_DEVIATION and VARIANCE
///   the sample ones (`stddev_samp`, `var_samp`: NULL below two values), all DOUBLE;
/// - MIN/MAX by value (text by bytes); FIRST/ANY and LAST the first and last non-NULL
///   value in row order (`min_by`/`max_by` over `_wort_rid`);
/// - MODE the most frequent non-NULL value ('' counts here), ties to the value seen
///   first: per (group, value) a count and a first row as window columns, then `min_by`
///   over (-count, first) — the engines' `mode()` breaks ties arbitrarily (§2.4 #5);
/// - UNAGGREGATED the values as a JSON list in row order, numbers and booleans bare,
///   other values as JSON strings, NULLs as `null`.
enum GroupByLowering: StepLowering {
    static let operation = "GROUP_BY"

    static func lower(_ l: inout Lowering) throws -> String {
        let d = l.dialect
        let keys = l.params.stringList("sourceColumns") ?? []
        let optionsName = l.params.parameters["groupByAggFunctionOptions"] == nil && l.params.parameters["groupByAggFunctions"] != nil
            ? "groupByAggFunctions" : "groupByAggFunctionOptions"
        l.params.ignore("groupByAggFunctions", "groupByAggFunctionOptions")
        let newFrame = l.params.bool("useNewDataFrame", default: true)
        guard let node = l.params.json(optionsName), case .array(let items) = node.kind else {
            throw l.refuse("expected a JSON list of aggregates", parameter: optionsName)
        }
        let targets = Array(l.output.fields.dropFirst(newFrame ? keys.count : l.input.fields.count))
        guard targets.count == items.count else {
            throw l.refuse("the aggregates do not match the planned schema", parameter: optionsName)
        }
        let keyColumns = keys.map(l.col)
        // Empty for GROUP BY; the group's window otherwise.
        let over = newFrame ? "" : " OVER (" + (keyColumns.isEmpty ? "" : "PARTITION BY " + keyColumns.joined(separator: ", ")) + ")"
        var helpers: [String] = []
        var aggregates: [String: String] = [:]
        for (k, item) in items.enumerated() {
            let place = "\(optionsName)[\(k)]"
            guard case .object(let members) = item.kind,
                  let source = members.first(where: { $0.key == "sourceColumnName" }).flatMap({ ParameterValue.string(from: $0.value) }),
                  let function = members.first(where: { $0.key == "functionName" }).flatMap({ ParameterValue.string(from: $0.value) }),
                  let type = l.type(of: source)
            else { throw l.refuse("expected {\"sourceColumnName\", \"functionName\"}", parameter: place) }
            let x = l.col(source)
            let n = l.number(source)
            let ifValue = { (e: String) in "CASE WHEN \(x) IS NOT NULL THEN \(e) END" }
            let aggregate: String
            switch function.uppercased() {
            case "COUNT": aggregate = "count(\(x))" + over
            case "COUNT_DISTINCT": aggregate = d.countDistinct(type == .double ? "(\(x) + \(d.double(0)))" : x, over: over)
            case "SUM": aggregate = type == .double ? "sum(\(x))" + over : "CAST(sum(\(x))\(over) AS \(d.type(targets[k].type)))"
            case "MEAN", "AVERAGE": aggregate = "avg(\(n))" + over
            case "MEDIAN": aggregate = d.quantile(n, 0.5) + over
            case "STANDARD_DEVIATION": aggregate = "stddev_samp(\(n))" + over
            case "VARIANCE": aggregate = "var_samp(\(n))" + over
            case "MIN": aggregate = "min(\(x))" + over
            case "MAX": aggregate = "max(\(x))" + over
            case "FIRST", "ANY": aggregate = "min_by(\(x), \(ifValue(l.rid)))" + over
            case "LAST": aggregate = "max_by(\(x), \(ifValue(l.rid)))" + over
            case "MODE":
                let partition = "OVER (PARTITION BY " + (keyColumns + [x]).joined(separator: ", ") + ")"
                helpers.append("count(\(x)) \(partition) AS _wort_mode_n\(k)")
                helpers.append("min(\(l.rid)) \(partition) AS _wort_mode_f\(k)")
                aggregate = "min_by(\(x), \(ifValue(d.orderKey([("n", "-_wort_mode_n\(k)"), ("f", "_wort_mode_f\(k)")]))))" + over
            case "UNAGGREGATED":
                let t = d.text(x, from: type)
                let element: String = switch type {
                case .int64, .double, .decimal, .bool: t
                default: d.jsonQuoted(t)
                }
                aggregate = d.concat(["'['", d.joinedInOrder("coalesce(\(element), 'null')", by: l.rid, over: over), "']'"])
            default:
                throw l.refuse("unknown functionName '\(function)'", parameter: place)
            }
            aggregates[targets[k].name] = aggregate
        }
        let source = helpers.isEmpty ? l.from : "(SELECT *, " + helpers.joined(separator: ", ") + " FROM \(l.from)) AS wort_g"
        if !newFrame { return l.project(aggregates, from: source) }
        // Without keys every row is in one group; no rows, no group (SQL would give one row).
        let grouping = keyColumns.isEmpty ? nil : keyColumns.joined(separator: ", ")
        var q = l.project(aggregates, rid: "min(\(l.rid))", from: source, groupBy: grouping.map { [$0] } ?? [])
        if grouping == nil { q += " HAVING count(*) > 0" }
        return q
    }
}
