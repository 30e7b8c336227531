/// An exported program as one DuckDB SQL script (`duckdb < job.sql`, or from Python
/// `duckdb.connect().execute(open("job.sql").read())`).
enum DuckDBScript {
    static func print(_ p: ExportProgram) -> String {
        let d = SQLDialect.duckdb
        var out = ScriptHeader.lines(p, comment: "--", run: "duckdb < THIS.sql   (or duckdb.connect().execute(open('THIS.sql').read()) in Python)")
        var statements: [String] = []
        for s in p.secrets {
            // Read when the script runs; a key file's trailing line break is not part of the key.
            statements.append("SET VARIABLE \(s.name) = (SELECT unhex(regexp_replace(hex(content), '(0A|0D)+$', '')) FROM read_blob(\(d.string(s.keyFile ?? ""))))")
        }
        statements += p.prelude
        for source in p.sources {
            statements.append(source.duckdbRawView(path: source.path))
            statements.append(source.typedView(d))
        }
        statements += p.steps.flatMap(\.statements)
        var options = ["FORMAT \(p.output.format.rawValue)"]
        switch p.output.format {
        case .parquet: options.append("COMPRESSION \(p.output.compression == "none" ? "uncompressed" : p.output.compression)")
        case .csv: options.append("HEADER true")
        }
        if !p.output.partitionBy.isEmpty {
            options.append("PARTITION_BY (" + p.output.partitionBy.map(d.identifier).joined(separator: ", ") + ")")
            options.append("OVERWRITE_OR_IGNORE true")
        }
        statements.append("COPY (\(p.finalQuery))\nTO \(d.string(p.output.path)) (\(options.joined(separator: ", ")))")
        out += statements.joined(separator: ";\n\n") + ";\n"
        return out
    }
}

/// The comment at the top of every exported program: what it is, how to run it, what it
/// reads and writes, and where secrets come from.
enum ScriptHeader {
    static func lines(_ p: ExportProgram, comment c: String, run: String) -> String {
        var out = "\(c) Exported by wort from \(p.recipe) (\(p.steps.count) step\(p.steps.count == 1 ? "" : "s")) for \(p.target.rawValue).\n"
        out += "\(c) Run: \(run)\n"
        for s in p.sources {
            out += "\(c) Reads \(s.datasetName.map { "dataset '\($0)'" } ?? "input"): \(s.path)\n"
        }
        out += "\(c) Writes: \(p.output.path) (\(p.output.format.rawValue)\(p.output.format == .parquet ? ", \(p.output.compression)" : "")"
            + (p.output.partitionBy.isEmpty ? "" : ", partitioned by \(p.output.partitionBy.joined(separator: ", "))") + ")\n"
        for s in p.secrets {
            out += "\(c) Secret '\(s.id)': " + (p.target == .pyspark
                ? "--secret \(s.id)=KEYFILE or \(s.variable) when the job runs"
                : "read from \(s.keyFile ?? "?") when the script runs") + "; the key is never written here.\n"
        }
        out += "\(c) Row order is the input's, as in `wort run`; \(SQLDialect.rowID) carries it between steps.\n\n"
        return out
    }
}
