/// An exported program as one Spark SQL script (`spark-sql -f job.sql`). Statements end
/// with `;` at a line end, and Spark literals never hold a raw line break, so the script
/// also splits safely into statements for `spark.sql()`.
enum SparkSQLScript {
    static func print(_ p: ExportProgram) -> String {
        let d = SQLDialect.spark
        var out = ScriptHeader.lines(p, comment: "--", run: "spark-sql -f THIS.sql")
        var statements: [String] = []
        for s in p.secrets {
            statements.append("CREATE OR REPLACE TEMPORARY VIEW \(s.name)_file USING binaryFile OPTIONS (path \(d.string(s.keyFile ?? "")))")
            statements.append("CREATE OR REPLACE TEMPORARY VIEW \(s.name) AS SELECT unhex(regexp_replace(hex(content), '(0A|0D)+$', '')) AS content FROM \(s.name)_file")
        }
        statements += p.sources.map { $0.sparkRawView(path: $0.path) }
        statements += p.sparkStatements
        let options = p.output.format == .parquet
            ? "OPTIONS (compression \(d.string(p.output.compression == "none" ? "none" : p.output.compression)))"
            : "OPTIONS (header 'true', escape '\"')"
        if p.output.partitionBy.isEmpty {
            statements.append("INSERT OVERWRITE DIRECTORY \(d.string(p.output.path)) USING \(p.output.format.rawValue) \(options)\n\(p.finalQuery)")
        } else {
            statements.append("CREATE TABLE wort_output USING \(p.output.format.rawValue) \(options) PARTITIONED BY ("
                + p.output.partitionBy.map(d.identifier).joined(separator: ", ") + ") LOCATION \(d.string(p.output.path)) AS\n\(p.finalQuery)")
        }
        out += statements.joined(separator: ";\n\n") + ";\n"
        return out
    }
}
