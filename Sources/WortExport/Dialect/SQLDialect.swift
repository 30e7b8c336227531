import WortCore

/// The SQL dialects exports print. Operation lowerings are written once against the hooks
/// in this file and its extensions (`SQLDialect+*.swift`); the differences between the
/// engines (quoting, escapes, regex flavour, try-casts, function names) live only here.
/// See ../shared/reference/scale-out.md §2.4 for each difference and its portable form.
public enum SQLDialect: Sendable {
    case duckdb
    case spark
}

extension SQLDialect {
    /// A column or view name: `"a""b"` (DuckDB), `` `a``b` `` (Spark).
    public func identifier(_ name: String) -> String {
        switch self {
        case .duckdb: "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        case .spark: "`" + name.replacingOccurrences(of: "`", with: "``") + "`"
        }
    }

    /// A string literal. DuckDB literals have no escapes (only `''`); Spark processes
    /// backslash escapes, so backslashes, quotes and line breaks are escaped: a Spark
    /// literal never holds a raw line break, which keeps statements one per `;` line end.
    public func string(_ s: String) -> String {
        switch self {
        case .duckdb:
            return "'" + s.replacingOccurrences(of: "'", with: "''") + "'"
        case .spark:
            var out = "'"
            for c in s.unicodeScalars {
                switch c {
                case "\\": out += "\\\\"
                case "'": out += "\\'"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                default: out.unicodeScalars.append(c)
                }
            }
            return out + "'"
        }
    }

    public func int(_ i: Int) -> String { String(i) }

    /// A DOUBLE literal (never an integer or decimal literal, whose type would differ).
    public func double(_ d: Double) -> String {
        if d.isNaN { return "CAST('NaN' AS DOUBLE)" }
        if d.isInfinite { return d > 0 ? "CAST('Infinity' AS DOUBLE)" : "CAST('-Infinity' AS DOUBLE)" }
        return "CAST(\(d) AS DOUBLE)"
    }

    public func type(_ t: DataType) -> String {
        switch (self, t) {
        case (.duckdb, .string): "VARCHAR"
        case (.spark, .string): "STRING"
        case (_, .int64): "BIGINT"
        case (_, .double): "DOUBLE"
        case (_, .decimal(let p, let s)): "DECIMAL(\(p),\(s))"
        case (_, .bool): "BOOLEAN"
        case (_, .date): "DATE"
        case (.duckdb, .timestamp): "TIMESTAMP"
        // Wort's timestamps carry no zone; Spark's TIMESTAMP would shift them by the
        // session time zone.
        case (.spark, .timestamp): "TIMESTAMP_NTZ"
        }
    }

    /// A typed NULL.
    public func null(_ t: DataType) -> String { "CAST(NULL AS \(type(t)))" }

    /// A cast that gives NULL instead of failing (Spark 4 runs in ANSI mode).
    public func tryCast(_ e: String, _ t: DataType) -> String {
        switch self {
        case .duckdb: "TRY_CAST(\(e) AS \(type(t)))"
        case .spark: "try_cast(\(e) AS \(type(t)))"
        }
    }

    /// Whether `e` matches the whole of `regex` (a regex literal). Spark's RLIKE finds a
    /// match anywhere, so there the pattern is anchored.
    public func fullMatch(_ e: String, _ regex: String) -> String {
        switch self {
        case .duckdb: "regexp_full_match(\(e), \(regex))"
        case .spark: "(\(e) RLIKE concat('^(?:', \(regex), ')\\\\z'))"
        }
    }

    /// Whether `e` contains a match of `regex`.
    public func matches(_ e: String, _ regex: String) -> String {
        switch self {
        case .duckdb: "regexp_matches(\(e), \(regex))"
        case .spark: "(\(e) RLIKE \(regex))"
        }
    }

    /// Every match of `regex` replaced (DuckDB replaces only the first without 'g').
    /// `replacement` is a literal whose group references are already in this dialect's form.
    public func replaceAll(_ e: String, _ regex: String, _ replacement: String) -> String {
        switch self {
        case .duckdb: "regexp_replace(\(e), \(regex), \(replacement), 'g')"
        case .spark: "regexp_replace(\(e), \(regex), \(replacement))"
        }
    }

    /// Length in code points (both engines count code points, as Wort's text steps do).
    public func length(_ e: String) -> String { "length(\(e))" }

    /// 1-based substring of `count` code points (to the end when nil).
    public func substring(_ e: String, from start: String, count: String? = nil) -> String {
        if let count { return "substring(\(e), \(start), \(count))" }
        return "substring(\(e), \(start))"
    }

    /// Concatenation that is NULL when any part is (DuckDB's `concat` skips NULLs).
    public func concat(_ parts: [String]) -> String {
        if parts.count == 1 { return parts[0] }
        switch self {
        case .duckdb: return "(" + parts.joined(separator: " || ") + ")"
        case .spark: return "concat(" + parts.joined(separator: ", ") + ")"
        }
    }

    /// `repeat(s, n)`.
    public func repeating(_ s: String, _ n: String) -> String { "repeat(\(s), \(n))" }

    /// A value of any type as Wort writes it in text (ISO dates, `true`/`false`).
    public func text(_ e: String, from t: DataType) -> String {
        switch t {
        case .string: e
        case .bool: "CASE WHEN \(e) THEN 'true' WHEN NOT \(e) THEN 'false' END"
        default: "CAST(\(e) AS \(type(.string)))"
        }
    }

    /// The current relation's row-order column, carried through every step and
    /// renumbered by steps that reorder rows. "First" and "last" mean by it.
    public static let rowID = "_wort_rid"
}

extension SQLDialect {
    /// A query computed once and kept for the rest of the program (a temporary table in
    /// DuckDB, a cached view in Spark, spilled to disk when memory runs short).
    public func materialize(_ name: String, _ query: String) -> [String] {
        switch self {
        case .duckdb: ["CREATE OR REPLACE TEMP TABLE \(name) AS\n\(query)"]
        // CACHE TABLE has no OR REPLACE; dropping the view also uncaches it.
        case .spark: ["DROP VIEW IF EXISTS \(name)", "CACHE TABLE \(name) AS\n\(query)"]
        }
    }

    /// A temporary view (each step of an exported program is one).
    public func createView(_ name: String, _ query: String) -> String {
        switch self {
        case .duckdb: "CREATE OR REPLACE TEMP VIEW \(name) AS\n\(query)"
        case .spark: "CREATE OR REPLACE TEMPORARY VIEW \(name) AS\n\(query)"
        }
    }
}

extension SQLDialect {
    /// A replacement text for `replaceAll` that is inserted literally: Spark (Java) treats
    /// `$` and `\` specially in replacements, DuckDB (RE2) treats `\`.
    public func literalReplacement(_ s: String) -> String {
        switch self {
        case .duckdb: string(s.replacingOccurrences(of: "\\", with: "\\\\"))
        case .spark: string(s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "$", with: "\\$"))
        }
    }
}
