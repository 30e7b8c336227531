"""Runs exported recipes in DuckDB and Spark and compares their outputs with `wort run`'s.

Called by DifferentialTests with a manifest (JSON list of cases) and a results path. Each
case names wort's own output (Parquet) and the exported programs: a DuckDB script, a Spark
SQL script and a PySpark job. Every program runs here (DuckDB: one connection per case;
Spark: one local[2] session for all cases), and each output is compared with wort's, value
for value and row for row. The results file maps case -> target -> "ok" or what differed.
If pyspark or Java is missing, every Spark result says so: the Swift test fails on it.
"""
import datetime
import decimal
import importlib.util
import json
import math
import os
import sys
import time
import traceback

import duckdb
import pyarrow.parquet as pq


def kind(t):
    s = str(t)
    if s.startswith(("int", "uint")):
        return "integer"
    if s.startswith(("double", "float", "decimal")):
        return "number"
    if "string" in s:
        return "string"
    if s.startswith("timestamp"):
        return "timestamp"
    if s.startswith("date"):
        return "date"
    return s


def norm(v):
    if isinstance(v, decimal.Decimal):
        return float(v)
    if isinstance(v, datetime.datetime):
        return v.replace(tzinfo=None).isoformat()
    if isinstance(v, datetime.date):
        return v.isoformat()
    return v


def same(a, b):
    if isinstance(a, float) or isinstance(b, float):
        if a is None or b is None:
            return a is b
        if isinstance(a, bool) or isinstance(b, bool):
            return False
        if math.isnan(a) and math.isnan(b):
            return True
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)
    return a == b


def compare(expected_path, got_path):
    """None when equal, else a short description of the first difference."""
    want = pq.read_table(expected_path)
    got = pq.read_table(got_path)
    if want.column_names != got.column_names:
        return f"columns {got.column_names}, expected {want.column_names}"
    for name, a, b in zip(want.column_names, want.schema.types, got.schema.types):
        if kind(a) != kind(b) and want.num_rows > 0:
            return f"column {name} is {b}, expected {a}"
    if want.num_rows != got.num_rows:
        return f"{got.num_rows} rows, expected {want.num_rows}"
    rows_w, rows_g = want.to_pylist(), got.to_pylist()
    for i, (rw, rg) in enumerate(zip(rows_w, rows_g)):
        for name in want.column_names:
            a, b = norm(rw[name]), norm(rg[name])
            if not same(a, b):
                return f"row {i + 1}, column {name}: {b!r}, expected {a!r}"
    return None


def run_duckdb(case):
    con = duckdb.connect()
    con.execute("SET threads TO 2")
    with open(case["duckdb"], encoding="utf-8") as f:
        con.execute(f.read())
    con.close()
    return compare(case["wort"], case["duckdb_out"])


def spark_session():
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession
    spark = (SparkSession.builder.master("local[2]").appName("wort-differential")
             .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
             .config("spark.sql.shuffle.partitions", "2").config("spark.driver.memory", "1g")
             .getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def run_pyspark(spark, case):
    spec = importlib.util.spec_from_file_location("wort_job_" + str(abs(hash(case["name"]))), case["pyspark"])
    job = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(job)
    job.run(spark)
    return compare(case["wort"], case["pyspark_out"])


def run_spark_sql(spark, case):
    with open(case["spark_sql"], encoding="utf-8") as f:
        text = f.read()
    for statement in text.split(";\n\n"):
        body = "\n".join(line for line in statement.splitlines() if not line.startswith("--")).strip().rstrip(";")
        if body:
            spark.sql(body)
    return compare(case["wort"], case["spark_sql_out"])


def outcome(fn, *args):
    try:
        diff = fn(*args)
        return "ok" if diff is None else "differs: " + diff
    except Exception as e:  # an engine error is a result, reported per case
        lines = [l for l in str(e).splitlines() if l.strip()]
        return "error: " + (lines[0] if lines else type(e).__name__)[:600]


def main(manifest_path, results_path):
    with open(manifest_path, encoding="utf-8") as f:
        cases = json.load(f)
    results = {c["name"]: {} for c in cases}
    timings = {}
    start = time.time()
    for c in cases:
        if c.get("duckdb"):
            results[c["name"]]["duckdb-sql"] = outcome(run_duckdb, c)
    timings["duckdb"] = time.time() - start
    spark_cases = [c for c in cases if c.get("pyspark") or c.get("spark_sql")]
    if spark_cases:
        start = time.time()
        try:
            spark = spark_session()
        except Exception as e:
            reason = "pyspark or Java is not available: " + (str(e).splitlines() or [type(e).__name__])[0]
            for c in spark_cases:
                for t in ("pyspark", "spark-sql"):
                    results[c["name"]][t] = "error: " + reason
            spark = None
        timings["spark_start"] = time.time() - start
        if spark is not None:
            start = time.time()
            for c in spark_cases:
                if c.get("pyspark"):
                    results[c["name"]]["pyspark"] = outcome(run_pyspark, spark, c)
                if c.get("spark_sql"):
                    results[c["name"]]["spark-sql"] = outcome(run_spark_sql, spark, c)
            timings["spark"] = time.time() - start
            spark.stop()
    with open(results_path, "w", encoding="utf-8") as f:
        json.dump({"results": results, "timings": timings}, f, indent=1)


if __name__ == "__main__":
    main(sys.argv[-2], sys.argv[-1])
