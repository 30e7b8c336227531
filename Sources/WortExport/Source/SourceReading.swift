import WortCore
import WortIO

/// Reading a source into a typed view with a row-order column, the way `wort run` reads
/// it: every CSV value as text first, then Wort's null tokens and Wort's parsing rules for
/// the type inferred for its column (an unparsable value is NULL, as in Wort).
extension ExportSource {
    /// The view of the file as the engine reads it (all text for CSV).
    public var rawView: String { view + "_file" }

    /// The statement that turns `rawView` into `view`: typed columns plus `_wort_rid`.
    public func typedView(_ d: SQLDialect) -> String {
        var items: [String] = []
        for (k, f) in schema.fields.enumerated() {
            let c = d.identifier(f.name)
            switch format {
            case .csv: items.append(d.parse(c, as: f.type, dateOrder: dateOrders[k]) + " AS " + c)
            case .parquet: items.append((f.type == .string ? c : d.tryCast(c, f.type)) + " AS " + c)
            }
        }
        items.append(d.rowNumberInFileOrder + " AS " + SQLDialect.rowID)
        return d.createView(view, "SELECT " + items.joined(separator: ",\n       ") + "\nFROM \(rawView)")
    }

    /// DuckDB: the raw view over the file (CSV columns all VARCHAR, named as Wort names them).
    public func duckdbRawView(path: String) -> String {
        let d = SQLDialect.duckdb
        switch format {
        case .csv(let dialect):
            let columns = schema.fields.map { d.string($0.name) + ": 'VARCHAR'" }.joined(separator: ", ")
            return "CREATE OR REPLACE TEMP VIEW \(rawView) AS\nSELECT * FROM read_csv(\(d.string(path)), header = \(dialect.hasHeader), "
                + "delim = \(d.string(String(UnicodeScalar(dialect.delimiter)))), quote = \(d.string(String(UnicodeScalar(dialect.quote)))), "
                + "escape = \(d.string(String(UnicodeScalar(dialect.quote)))), auto_detect = false, columns = {\(columns)})"
        case .parquet:
            return "CREATE OR REPLACE TEMP VIEW \(rawView) AS\nSELECT * FROM read_parquet(\(d.string(path)))"
        }
    }

    /// Spark SQL: the raw view over the file. RFC 4180 files need `escape '"'` (Spark's
    /// default is a backslash) and `multiLine` (values with line breaks).
    public func sparkRawView(path: String) -> String {
        let d = SQLDialect.spark
        switch format {
        case .csv:
            return "CREATE OR REPLACE TEMPORARY VIEW \(rawView) (\(sparkTextSchema)) USING csv OPTIONS ("
                + sparkCSVOptions.map { "\($0.key) \(d.string($0.value))" }.joined(separator: ", ")
                + ", path \(d.string(path)))"
        case .parquet:
            return "CREATE OR REPLACE TEMPORARY VIEW \(rawView) USING parquet OPTIONS (path \(d.string(path)))"
        }
    }

    /// `a STRING, b STRING`: every CSV column read as text, named as Wort names it.
    public var sparkTextSchema: String {
        schema.fields.map { SQLDialect.spark.identifier($0.name) + " STRING" }.joined(separator: ", ")
    }

    /// Spark's CSV reader options for this file (also used by the PySpark job).
    public var sparkCSVOptions: [(key: String, value: String)] {
        guard case .csv(let dialect) = format else { return [] }
        return [("header", dialect.hasHeader ? "true" : "false"),
                ("sep", String(UnicodeScalar(dialect.delimiter))),
                ("quote", String(UnicodeScalar(dialect.quote))),
                ("escape", String(UnicodeScalar(dialect.quote))),
                ("multiLine", "true"),
                ("mode", "FAILFAST"),
                ("encoding", "UTF-8")]
    }
}

extension SQLDialect {
    /// Numbers rows in the order the file gives them (scale-out.md §2.1: both engines
    /// follow file order; DuckDB keeps insertion order by default).
    var rowNumberInFileOrder: String {
        switch self {
        case .duckdb: "row_number() OVER ()"
        case .spark: "monotonically_increasing_id()"
        }
    }

    /// Trims spaces and tabs, as Wort does before it parses a value.
    func trimSpacesAndTabs(_ e: String) -> String {
        switch self {
        case .duckdb: "trim(\(e), ' ' || chr(9))"
        case .spark: "trim(BOTH ' \\t' FROM \(e))"
        }
    }

    /// A CSV text value parsed as Wort parses it for a column of type `t`.
    func parse(_ c: String, as t: DataType, dateOrder: DateOrder) -> String {
        let v = trimSpacesAndTabs(c)
        let tokens = NullTokens.default.tokens.map { string(String(decoding: $0, as: UTF8.self)) }.joined(separator: ", ")
        let typed: String
        switch t {
        case .string: typed = c
        case .int64:
            // Wort: optional sign, digits, no leading zeros; DuckDB would round '3.7' and read '1e3'.
            typed = "CASE WHEN \(fullMatch(v, string("[+-]?(0|[1-9][0-9]{0,18})"))) THEN \(tryCast(v, .int64)) END"
        case .double, .decimal:
            typed = tryCast(v, t)
        case .bool:
            typed = "CASE lower(\(v)) WHEN 'true' THEN TRUE WHEN 'yes' THEN TRUE WHEN 'false' THEN FALSE WHEN 'no' THEN FALSE END"
        case .date:
            typed = dateParse(v, order: dateOrder)
        case .timestamp:
            typed = tryCast(v, .timestamp)
        }
        return "CASE WHEN \(v) IN (\(tokens)) THEN \(null(t)) ELSE \(typed) END"
    }

    /// Wort's date texts: `YYYY-M-D`, `YYYY/M/D`, `M/D/YYYY` or `D/M/YYYY` (by the column's
    /// order), `D.M.YYYY`.
    func dateParse(_ v: String, order: DateOrder) -> String {
        let slash = order == .monthFirst ? ("%m/%d/%Y", "M/d/yyyy") : ("%d/%m/%Y", "d/M/yyyy")
        let forms = [("%Y-%m-%d", "yyyy-M-d"), ("%Y/%m/%d", "yyyy/M/d"), slash, ("%d.%m.%Y", "d.M.yyyy")]
        switch self {
        case .duckdb:
            return "CAST(coalesce(" + forms.map { "try_strptime(\(v), '\($0.0)')" }.joined(separator: ", ") + ") AS DATE)"
        case .spark:
            return "coalesce(" + forms.map { "try_to_date(\(v), '\($0.1)')" }.joined(separator: ", ") + ")"
        }
    }
}
