/// Where a recipe can be exported: an engine that already scales, in its own language.
public enum ExportTarget: String, CaseIterable, Sendable {
    /// One `.sql` script for the DuckDB CLI or `duckdb.sql()`.
    case duckdbSQL = "duckdb-sql"
    /// One `.sql` script for `spark-sql -f`.
    case sparkSQL = "spark-sql"
    /// A self-contained PySpark job for `spark-submit`.
    case pyspark

    public var dialect: SQLDialect { self == .duckdbSQL ? .duckdb : .spark }
}
