#!/usr/bin/env python3
"""Helper for scripts/bench: the DuckDB / polars side of each case, and a
fallback timer for machines without GNU time.

    bench-lib.py ref TOOL CASE INPUT OUTPUT   run one reference case
    bench-lib.py time OUTFILE -- CMD ARGS...  time CMD like /usr/bin/time -f '%e %M'

`ref` runs inside the bench venv (it imports duckdb / polars). Lines it
prints that start with "note: " end up in the results table, so that a
fallback (e.g. polars read_csv instead of sink_csv) is never silent.
The case's own output (schema listings, summaries) goes to stdout, which
bench redirects to a file under .bench/out/.

Kept as a file rather than `python -c "..."` strings so the SQL and the
fallback logic stay readable and quoting-safe.
"""

import os
import subprocess
import sys
import time


def note(msg):
    # bench picks these lines out of stdout
    print("note: " + " ".join(str(msg).split())[:200], flush=True)


def sql_str(path):
    """A path as a SQL string literal."""
    return "'" + path.replace("'", "''") + "'"


# --------------------------------------------------------------------------
# DuckDB
# --------------------------------------------------------------------------
def duckdb_case(case, inp, out):
    import duckdb

    con = duckdb.connect()  # in-memory; default threads = all cores
    note("duckdb %s, %s threads" % (
        duckdb.__version__, con.sql("SELECT current_setting('threads')").fetchall()[0][0]))

    def source(opts=""):
        return "SELECT * FROM read_csv_auto(%s%s)" % (sql_str(inp), opts)

    def copy(fmt_opts):
        # The sniffer looks at a sample of rows only; on a big messy file a
        # later row can contradict the sniffed type. Then retry with a full
        # scan (sample_size=-1) and say so, rather than reporting no number.
        try:
            con.sql("COPY (%s) TO %s %s" % (source(), sql_str(out), fmt_opts))
        except duckdb.Error as e:
            note("read_csv_auto failed (%s); retried with sample_size=-1, time includes both"
                 % str(e).splitlines()[0])
            con.sql("COPY (%s) TO %s %s" % (source(", sample_size=-1"), sql_str(out), fmt_opts))

    if case == "convert-csv":
        copy("(HEADER)")
    elif case == "convert-json":
        copy("(FORMAT json)")  # newline-delimited by default
    elif case == "convert-parquet":
        copy("(FORMAT parquet, COMPRESSION snappy)")
    elif case == "schema":
        # DESCRIBE only sniffs (cheap, for reference); SUMMARIZE reads every
        # row and computes per-column stats, the closer match to `wort schema`.
        for name, dtype, *_ in con.sql("DESCRIBE " + source()).fetchall():
            print("%s\t%s" % (name, dtype))
        print()
        t0 = time.monotonic()
        rel = con.sql("SUMMARIZE " + source())
        rows = rel.fetchall()
        note("SUMMARIZE %.2fs (DESCRIBE + SUMMARIZE are both timed)" % (time.monotonic() - t0))
        print("\t".join(rel.columns))
        for r in rows:
            print("\t".join(str(v) for v in r))
    elif case == "run-recipe":
        # recipes/bench-join-mask.json in SQL: inner join on student_id, three renames,
        # SHA-256 of email (hex), SSN masked but its last four characters.
        enr = os.path.join(os.path.dirname(inp), "enrollments.csv")
        con.sql("""COPY (
            SELECT s.student_id, s.first_name AS given_name, s.last_name AS family_name,
                   sha256(s.email) AS email, s.phone,
                   CASE WHEN s.ssn IS NULL THEN NULL
                        ELSE repeat('#', greatest(length(s.ssn) - 4, 0)) || right(s.ssn, 4) END AS ssn,
                   s.date_of_birth, s.gpa, e.enrollment_id, e.course_id, e.term AS semester,
                   e.grade, e.credits
            FROM read_csv_auto(%s) s JOIN read_csv_auto(%s) e ON s.student_id = e.student_id
        ) TO %s (FORMAT parquet, COMPRESSION snappy)""" % (sql_str(inp), sql_str(enr), sql_str(out)))
    elif case == "profile":
        # SUMMARIZE alone: min, max, approx_unique, avg, std, q25/q50/q75, count,
        # null_percentage per column over every row, the nearest DuckDB has to a profile.
        t0 = time.monotonic()
        rel = con.sql("SUMMARIZE " + source())
        rows = rel.fetchall()
        note("SUMMARIZE %.2fs" % (time.monotonic() - t0))
        print("\t".join(rel.columns))
        for r in rows:
            print("\t".join(str(v) for v in r))
    else:
        raise SystemExit("unknown case " + case)


# --------------------------------------------------------------------------
# polars
# --------------------------------------------------------------------------
def polars_case(case, inp, out):
    import polars as pl

    note("polars %s, %d threads" % (pl.__version__, pl.thread_pool_size()))

    def first_that_works(attempts):
        """Try (label, fn) in order; note which one produced the result."""
        errors = []
        for label, fn in attempts:
            try:
                fn()
                note(label + ("" if not errors else
                              " (time includes failed attempts: " + "; ".join(errors) + ")"))
                return
            except Exception as e:  # polars raises many exception types
                errors.append("%s failed: %s" % (label, str(e).splitlines()[0] if str(e) else type(e).__name__))
        raise SystemExit("all polars attempts failed: " + " | ".join(errors))

    # infer_schema_length=None = infer from all rows: slower, but it is the
    # fix when a late row contradicts the type polars guessed from the first 100.
    full = dict(infer_schema_length=None)

    if case == "convert-csv":
        first_that_works([
            ("sink_csv", lambda: pl.scan_csv(inp).sink_csv(out)),
            ("read_csv/write_csv", lambda: pl.read_csv(inp).write_csv(out)),
            ("read_csv(infer_schema_length=None)/write_csv",
             lambda: pl.read_csv(inp, **full).write_csv(out)),
        ])
    elif case == "convert-json":
        first_that_works([
            ("sink_ndjson", lambda: pl.scan_csv(inp).sink_ndjson(out)),
            ("read_csv/write_ndjson", lambda: pl.read_csv(inp).write_ndjson(out)),
            ("read_csv(infer_schema_length=None)/write_ndjson",
             lambda: pl.read_csv(inp, **full).write_ndjson(out)),
        ])
    elif case == "convert-parquet":
        first_that_works([
            ("sink_parquet snappy",
             lambda: pl.scan_csv(inp).sink_parquet(out, compression="snappy")),
            ("read_csv/write_parquet snappy",
             lambda: pl.read_csv(inp).write_parquet(out, compression="snappy")),
            ("read_csv(infer_schema_length=None)/write_parquet snappy",
             lambda: pl.read_csv(inp, **full).write_parquet(out, compression="snappy")),
        ])
    elif case == "run-recipe":
        import hashlib
        enr = os.path.join(os.path.dirname(inp), "enrollments.csv")
        s = pl.scan_csv(inp, infer_schema_length=10000)
        e = pl.scan_csv(enr, infer_schema_length=10000)
        sha = lambda col: col.map_elements(lambda v: hashlib.sha256(v.encode()).hexdigest(), return_dtype=pl.String)
        (s.join(e, on="student_id", how="inner")
          .select(pl.col("student_id"), pl.col("first_name").alias("given_name"),
                  pl.col("last_name").alias("family_name"), sha(pl.col("email")).alias("email"),
                  pl.col("phone"),
                  (pl.lit("#").repeat_by(pl.max_horizontal(pl.col("ssn").str.len_chars() - 4, 0)).list.join("")
                   + pl.col("ssn").str.slice(-4)).alias("ssn"),
                  pl.col("date_of_birth"), pl.col("gpa"), pl.col("enrollment_id"), pl.col("course_id"),
                  pl.col("term").alias("semester"), pl.col("grade"), pl.col("credits"))
          .sink_parquet(out, compression="snappy"))
        note("scan_csv x2, join, map_elements(sha256), sink_parquet")
    elif case == "schema":
        pl.Config.set_tbl_cols(-1)
        pl.Config.set_tbl_rows(-1)
        result = {}

        def describe(**kw):
            df = pl.scan_csv(inp, **kw).collect()
            result["schema"], result["describe"] = df.schema, df.describe()
            result["nulls"] = df.null_count()

        first_that_works([
            ("collect().describe() + null_count()", lambda: describe()),
            ("collect(infer_schema_length=None).describe() + null_count()",
             lambda: describe(**full)),
        ])
        for name, dtype in result["schema"].items():
            print("%s\t%s" % (name, dtype))
        print(result["describe"])
        print(result["nulls"])
    elif case == "profile":
        # describe() over all rows: count, null_count, mean, std, min, quartiles, max.
        pl.Config.set_tbl_cols(-1)
        result = {}

        def describe(**kw):
            result["describe"] = pl.scan_csv(inp, **kw).collect().describe()

        first_that_works([
            ("collect().describe()", lambda: describe()),
            ("collect(infer_schema_length=None).describe()", lambda: describe(**full)),
        ])
        print(result["describe"])
    else:
        raise SystemExit("unknown case " + case)


# --------------------------------------------------------------------------
# Fallback timer (used only when GNU /usr/bin/time is not available)
# --------------------------------------------------------------------------
def time_cmd(outfile, argv):
    """Run argv; write '<elapsed s> <peak RSS KB>' to outfile like GNU time -f '%e %M'.

    Caveat: on Linux a child's ru_maxrss also counts the memory it had
    between fork and exec (a copy of this interpreter), so peaks below
    ~15 MB are not meaningful here. GNU time has the same effect, smaller.
    """
    import resource

    t0 = time.monotonic()
    rc = subprocess.call(argv)
    elapsed = time.monotonic() - t0
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if sys.platform == "darwin":  # bytes on macOS, KB on Linux
        peak //= 1024
    with open(outfile, "w") as f:
        f.write("%.2f %d\n" % (elapsed, peak))
    return rc


def main(argv):
    if len(argv) >= 6 and argv[1] == "ref":
        tool, case, inp, out = argv[2:6]
        {"duckdb": duckdb_case, "polars": polars_case}[tool](case, inp, out)
        return 0
    if len(argv) >= 5 and argv[1] == "time" and argv[3] == "--":
        return time_cmd(argv[2], argv[4:])
    sys.stderr.write(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
