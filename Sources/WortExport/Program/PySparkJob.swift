import WortCore

/// An exported program as a self-contained PySpark job: `spark-submit job.py [--input F]
/// [--dataset NAME=F] [--secret ID=F] [--output DIR]`, on a laptop or unchanged on a
/// cluster. It runs the same statements as the Spark SQL script; files are read with
/// DataFrameReader so their paths are run-time arguments, and secrets are loaded from a
/// key file or `WORT_SECRET_<ID>` when the job runs.
enum PySparkJob {
    static func print(_ p: ExportProgram) -> String {
        var out = "#!/usr/bin/env python3\n"
        out += ScriptHeader.lines(p, comment: "#", run: "spark-submit THIS.py [--input FILE] [--dataset NAME=FILE] [--secret ID=KEYFILE] [--output PATH]")
        out += "import argparse\nimport os\n\nfrom pyspark.sql import SparkSession\n\n"
        out += "# The input first, then second datasets by the name the recipe gives them (--dataset NAME=FILE).\n"
        out += "SOURCES = [\n"
        for s in p.sources {
            let options = s.sparkCSVOptions.map { "\(py($0.key)): \(py($0.value))" }.joined(separator: ", ")
            let isCSV = s.format != .parquet
            out += "    {\"view\": \(py(s.rawView)), \"dataset\": \(s.datasetName.map(py) ?? "None"), \"path\": \(py(s.path)), "
                + "\"format\": \(py(isCSV ? "csv" : "parquet")), \"schema\": \(isCSV ? py(s.sparkTextSchema) : "None"), \"options\": {\(options)}},\n"
        }
        out += "]\n"
        out += "SECRETS = [\n"
        for s in p.secrets {
            out += "    {\"id\": \(py(s.id)), \"view\": \(py(s.name)), \"variable\": \(py(s.variable)), \"file\": \(s.keyFile.map(py) ?? "None")},\n"
        }
        out += "]\n"
        out += "STATEMENTS = [\n" + p.sparkStatements.map { "    " + py($0) + ",\n" }.joined() + "]\n"
        out += "FINAL = \(py(p.finalQuery))\n"
        out += "OUTPUT = {\"path\": \(py(p.output.path)), \"format\": \(py(p.output.format.rawValue)), "
            + "\"compression\": \(py(p.output.compression)), \"partition_by\": [\(p.output.partitionBy.map(py).joined(separator: ", "))]}\n"
        out += runtime
        return out
    }

    /// A Python string literal: a JSON string literal is one (the same escapes).
    static func py(_ s: String) -> String { JSONString.quoted(s) }

    static let runtime = #"""


def _pairs(items, option):
    out = {}
    for item in items or []:
        name, sep, value = item.rpartition("=")
        if not sep or not name or not value:
            raise SystemExit(f"{option} '{item}' is not NAME=FILE")
        out[name] = value
    return out


def _secret(spec, files):
    """A secret's bytes: --secret ID=FILE, else the environment, else the key file named at export."""
    path = files.get(spec["id"])
    if path is None and os.environ.get(spec["variable"]):
        return os.environ[spec["variable"]].encode("utf-8")
    path = path or spec["file"]
    if path is None:
        raise SystemExit(f"secret '{spec['id']}' not found: give --secret {spec['id']}=FILE or set {spec['variable']}")
    with open(path, "rb") as f:
        return f.read().rstrip(b"\r\n")


def run(spark, input_path=None, output_path=None, datasets=None, secrets=None):
    """Runs the recipe in an existing SparkSession and writes its output."""
    datasets, secrets = datasets or {}, secrets or {}
    for spec in SECRETS:
        key = _secret(spec, secrets)
        spark.createDataFrame([(bytearray(key),)], "content BINARY").createOrReplaceTempView(spec["view"])
    for spec in SOURCES:
        if spec["dataset"] is None:
            path = input_path or spec["path"]
        else:
            path = datasets.get(spec["dataset"], spec["path"])
        reader = spark.read.format(spec["format"]).options(**spec["options"])
        if spec["schema"]:
            reader = reader.schema(spec["schema"])
        reader.load(path).createOrReplaceTempView(spec["view"])
    for statement in STATEMENTS:
        spark.sql(statement)
    writer = spark.sql(FINAL).write.mode("overwrite")
    if OUTPUT["partition_by"]:
        writer = writer.partitionBy(*OUTPUT["partition_by"])
    target = output_path or OUTPUT["path"]
    if OUTPUT["format"] == "parquet":
        writer.option("compression", OUTPUT["compression"]).parquet(target)
    else:
        writer.option("header", "true").option("escape", '"').csv(target)
    return target


def main(argv=None):
    parser = argparse.ArgumentParser(description="A wort recipe as a PySpark job.")
    parser.add_argument("--input", help="the recipe's input (default: %(default)s)", default=SOURCES[0]["path"])
    parser.add_argument("--output", help="where to write the result (default: %(default)s)", default=OUTPUT["path"])
    parser.add_argument("--dataset", action="append", default=[], metavar="NAME=FILE", help="a second dataset")
    parser.add_argument("--secret", action="append", default=[], metavar="ID=KEYFILE", help="a secret's key file")
    parser.add_argument("--master", help="Spark master when not run by spark-submit (e.g. local[2])")
    args = parser.parse_args(argv)
    builder = SparkSession.builder.appName("wort recipe")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    try:
        run(spark, args.input, args.output, _pairs(args.dataset, "--dataset"), _pairs(args.secret, "--secret"))
    finally:
        spark.stop()


if __name__ == "__main__":
    main()
"""#
}
