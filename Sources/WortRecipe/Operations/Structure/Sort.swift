import WortCore

/// SORT: orders all rows by `expressions`, a JSON list of
/// `{sourceColumn, ordering: ASCENDING|DESCENDING, nullsOrdering: NULLS_TOP|NULLS_BOTTOM,
/// customOrder?: [..], isCustomOrderCaseSensitive?: bool}`. Stable: rows equal on every
/// key keep their input order (the SQL export's final `_rid` key). Values compare by type
/// (numbers numerically, dates by date, text by UTF-8 bytes). Defaults: ASCENDING,
/// NULLS_BOTTOM. With a `customOrder`, the listed values come first in the listed order
/// (compared as text, case-insensitively unless asked), then the rest by the ordering,
/// nulls placed among the rest: `ORDER BY CASE lower(c) WHEN 'a' THEN 0 … ELSE n END,
/// c IS NULL, c`. Invalid cells sort as nulls.
enum Sort: RecipeOperation {
    static let name = "SORT"
    static let conditionUse = ConditionUse.unsupported

    struct Key: Sendable {
        var column: Int
        var descending: Bool
        var nullsFirst: Bool
        var customOrder: [String]?
        var caseSensitive: Bool
    }

    static func plan(_ context: inout StepContext) -> StepKernel? {
        guard let node = context.json("expressions") else { return nil }
        guard case .array(let items) = node.kind, !items.isEmpty else {
            context.problem("expressions", "expected a non-empty JSON list of {\"sourceColumn\": ..., \"ordering\": ...}")
            return nil
        }
        var keys: [Key] = []
        for (k, item) in items.enumerated() {
            let where_ = "expressions[\(k)]"
            guard case .object(let members) = item.kind else { context.problem(where_, "expected an object"); continue }
            var fields: [String: JSONNode] = [:]
            for m in members { fields[m.key] = m.value }
            func text(_ name: String) -> String? { fields[name].flatMap(ParameterValue.string(from:)) }
            guard let column = text("sourceColumn") else { context.problem(where_, "missing sourceColumn"); continue }
            guard let i = context.index(of: column) else { context.problem(where_, context.notFound(column)); continue }
            var key = Key(column: i, descending: false, nullsFirst: false, customOrder: nil, caseSensitive: false)
            switch text("ordering")?.uppercased() {
            case nil, "ASCENDING": break
            case "DESCENDING": key.descending = true
            case let other?: context.problem(where_, "ordering '\(other)' is not ASCENDING or DESCENDING")
            }
            switch text("nullsOrdering")?.uppercased() {
            case nil, "NULLS_BOTTOM": break
            case "NULLS_TOP": key.nullsFirst = true
            case let other?: context.problem(where_, "nullsOrdering '\(other)' is not NULLS_TOP or NULLS_BOTTOM")
            }
            if let custom = fields["customOrder"], custom.kind != .null {
                // The console may write the list itself or a JSON string holding it.
                let list: [String]?
                if case .array(let values) = custom.kind {
                    let strings = values.compactMap(ParameterValue.string(from:))
                    list = strings.count == values.count ? strings : nil
                } else if case .string(let s) = custom.kind {
                    list = ParameterValue.stringOrScalarList(s)
                } else {
                    list = nil
                }
                if let list { key.customOrder = list } else { context.problem(where_, "customOrder must be a list of values") }
            }
            if let cs = text("isCustomOrderCaseSensitive") {
                if let b = ParameterValue.bool(cs) { key.caseSensitive = b } else { context.problem(where_, "isCustomOrderCaseSensitive must be true or false") }
            }
            keys.append(key)
        }
        guard !context.hasProblems else { return nil }
        let sortKeys = keys
        return .whole { all in all.gather(order(all, by: sortKeys)) }
    }

    /// The row indices of `table` in sorted order.
    static func order(_ table: Table, by keys: [Key]) -> [Int] {
        let comparators = keys.map { comparator(table.columns[$0.column], $0) }
        var rows = Array(0..<table.rowCount)
        rows.sort { a, b in
            for cmp in comparators {
                let c = cmp(a, b)
                if c != 0 { return c < 0 }
            }
            return a < b
        }
        return rows
    }

    /// -1, 0 or 1 for two rows of `column` under `key`.
    static func comparator(_ column: Column, _ key: Key) -> (Int, Int) -> Int {
        let n = column.count
        var rank: [Int]? = nil
        if let custom = key.customOrder {
            let fold: (String) -> String = key.caseSensitive ? { $0 } : { $0.lowercased() }
            var positions: [String: Int] = [:]
            for (k, v) in custom.enumerated() where positions[fold(v)] == nil { positions[fold(v)] = k }
            var r = [Int](repeating: custom.count, count: n)
            for row in 0..<n where column.validity[row] {
                if let text = column.text(at: row), let p = positions[fold(text)] { r[row] = p }
            }
            rank = r
        }
        let values = valueComparator(column)
        let valid = column.validity
        let direction = key.descending ? -1 : 1
        let nullsFirst = key.nullsFirst
        return { a, b in
            if let rank, rank[a] != rank[b] { return rank[a] < rank[b] ? -1 : 1 }
            let va = valid[a], vb = valid[b]
            if !va || !vb {
                if va == vb { return 0 }
                return (!va) == nullsFirst ? -1 : 1
            }
            return values(a, b) * direction
        }
    }

    /// Compares two non-null rows by value.
    static func valueComparator(_ column: Column) -> (Int, Int) -> Int {
        func cmp<T: Comparable>(_ v: [T]) -> (Int, Int) -> Int { { a, b in v[a] < v[b] ? -1 : (v[a] == v[b] ? 0 : 1) } }
        switch column.values {
        case .string(let s):
            return { a, b in
                s.withBytes(at: a) { x in
                    s.withBytes(at: b) { y in
                        let m = min(x.count, y.count)
                        for k in 0..<m where x[k] != y[k] { return x[k] < y[k] ? -1 : 1 }
                        return x.count == y.count ? 0 : (x.count < y.count ? -1 : 1)
                    }
                }
            }
        case .int64(let v): return cmp(v)
        case .double(let v): return cmp(v)
        case .decimal(let v): return cmp(v)
        case .bool(let v): return cmp(v.map { $0 ? 1 : 0 })
        case .date(let v): return cmp(v)
        case .timestamp(let v): return cmp(v)
        }
    }
}
