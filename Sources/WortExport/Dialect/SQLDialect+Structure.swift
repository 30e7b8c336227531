import WortCore

/// Dialect hooks of the structure and row steps: exact quantiles, "last non-null so far",
/// lists in row order, JSON string quoting, and typed constants.
extension SQLDialect {
    /// The continuous quantile at `p` (0...1), interpolated between the two nearest ranks,
    /// as Wort's statistics compute it (median of 1, 2, 3, 4 is 2.5). Spark's
    /// `percentile` is exact (`percentile_approx` would not be); DuckDB's `median` of an
    /// integer column is not always interpolated, so `quantile_cont` is named.
    public func quantile(_ e: String, _ p: Double) -> String {
        switch self {
        case .duckdb: "quantile_cont(\(e), \(double(p)))"
        case .spark: "percentile(\(e), \(double(p)))"
        }
    }

    /// The last non-null value of `e` in a window (the window is appended by the caller).
    public func lastNonNull(_ e: String) -> String {
        switch self {
        case .duckdb: "last_value(\(e) IGNORE NULLS)"
        case .spark: "last(\(e), TRUE)"
        }
    }

    /// The texts `e` (never NULL) of a group joined with `,`, in the order of `key`; `over`
    /// is empty (GROUP BY) or a window (` OVER (PARTITION BY …)`). Spark's `collect_list`
    /// has no order of its own: the pairs are sorted by key.
    public func joinedInOrder(_ e: String, by key: String, over: String = "") -> String {
        switch self {
        case .duckdb:
            return "string_agg(\(e), ',' ORDER BY \(key))\(over)"
        case .spark:
            return "array_join(transform(array_sort(collect_list(named_struct('k', \(key), 'v', \(e)))\(over)), wort_p -> wort_p.v), ',')"
        }
    }

    /// The number of distinct non-NULL values; `over` as in `joinedInOrder`. Spark has no
    /// DISTINCT window aggregates: there it counts the window's set of values.
    public func countDistinct(_ e: String, over: String = "") -> String {
        switch self {
        case .spark where !over.isEmpty: "size(collect_set(\(e))\(over))"
        default: "count(DISTINCT \(e))\(over)"
        }
    }

    /// A text as a JSON string literal, escaped as Wort writes JSON (WortCore.JSONString):
    /// `\"`, `\\`, `\n`, `\r`, `\t`, `\b`, `\f`, other control characters as `\u00xx`;
    /// everything else, emoji included, as it is.
    public func jsonQuoted(_ e: String) -> String {
        var x = "replace(replace(\(e), \(string("\\")), \(string("\\\\"))), \(string("\"")), \(string("\\\"")))"
        let named: [UInt32: String] = [8: "\\b", 9: "\\t", 10: "\\n", 12: "\\f", 13: "\\r"]
        for code in UInt32(1)..<0x20 {
            let escaped = named[code] ?? "\\u00" + (code < 16 ? "0" : "") + String(code, radix: 16)
            x = "replace(\(x), chr(\(code)), \(string(escaped)))"
        }
        return concat([string("\""), x, string("\"")])
    }

    /// The value in row `row` of `column` as a typed SQL constant (a NULL of its type when
    /// the cell is null).
    public func constant(_ column: Column, row: Int) -> String {
        guard column.validity[row], let text = column.text(at: row) else { return null(column.type) }
        switch column.values {
        case .string: return string(text)
        case .int64(let v): return "CAST(\(v[row]) AS BIGINT)"
        case .double(let v): return double(v[row])
        case .bool(let v): return v[row] ? "TRUE" : "FALSE"
        case .date(let v): return dateLiteral(days: Int(v[row]))
        case .decimal, .timestamp: return "CAST(\(string(text)) AS \(type(column.type)))"
        }
    }
}
