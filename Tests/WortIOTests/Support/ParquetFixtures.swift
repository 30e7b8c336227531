import Foundation
import Testing

// Parquet fixtures for ParquetReader*Tests, written at test time by pyarrow, DuckDB and
// polars from the virtualenv at $WORT_PYTHON (scripts/test sets it). The script below
// writes NAME.parquet files and NAME.expected.json: column names and every row's values
// as pyarrow reads them back, in Wort's canonical text (null as null).

enum PQRFixtures {
    /// The directory with the fixtures, or why there is none.
    static let directory: Result<String, PQRFixtureError> = {
        guard let python = ProcessInfo.processInfo.environment["WORT_PYTHON"], !python.isEmpty else {
            return .failure(PQRFixtureError(description: "WORT_PYTHON is not set: run scripts/test, or set it to a python with duckdb, pyarrow and polars"))
        }
        let dir = NSTemporaryDirectory() + "wort-pqr-fixtures-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let script = dir + "/pqr_fixtures.py"
        _ = FileManager.default.createFile(atPath: script, contents: Data(pqrFixtureScript.utf8))
        let p = Process()
        p.executableURL = URL(fileURLWithPath: python)
        p.arguments = [script, dir]
        let err = Pipe()
        p.standardError = err
        p.standardOutput = Pipe()
        do { try p.run() } catch {
            return .failure(PQRFixtureError(description: "cannot run \(python): \(error)"))
        }
        let errText = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        guard p.terminationStatus == 0 else {
            return .failure(PQRFixtureError(description: "the fixture script failed (are duckdb, pyarrow and polars installed?):\n\(errText)"))
        }
        return .success(dir)
    }()

    static let names: [String] = {
        var n: [String] = []
        for codec in ["none", "snappy", "gzip", "zstd"] {
            for dict in ["dict", "plain"] { for v in ["1", "2"] { n.append("pa_\(codec)_\(dict)_v\(v)") } }
        }
        return n + ["pa_enc_v1", "pa_enc_v2", "pa_int96", "pa_empty", "pa_misc", "duck", "duck_v2", "polars", "pa_list", "pa_list_v2"]
    }()
}

struct PQRFixtureError: Error, CustomStringConvertible { let description: String }

/// The fixture directory; records an Issue (a failure, never a silent skip) without one.
func pqrFixtureDir(sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String? {
    switch PQRFixtures.directory {
    case .success(let d): return d
    case .failure(let e):
        Issue.record("Parquet fixtures unavailable: \(e.description)", sourceLocation: sourceLocation)
        return nil
    }
}

/// Column names and rows pyarrow read back from fixture `name`.
func pqrExpected(_ dir: String, _ name: String) throws -> (columns: [String], rows: [[String?]]) {
    let data = try Data(contentsOf: URL(fileURLWithPath: "\(dir)/\(name).expected.json"))
    let obj = try JSONSerialization.jsonObject(with: data) as! [String: Any]
    let cols = obj["columns"] as! [String]
    let rows = (obj["rows"] as! [[Any]]).map { $0.map { $0 as? String } }
    return (cols, rows)
}

let pqrFixtureScript = #"""
# Writes the Parquet fixtures of ParquetReader*Tests with pyarrow, DuckDB and polars, and
# for each NAME.parquet a NAME.expected.json: the column names and every row's values as
# pyarrow reads them back, as the canonical text Wort gives (null as null).
import datetime, decimal, json, os, random, sys, uuid
import pyarrow as pa, pyarrow.parquet as pq, pyarrow.compute as pc
import duckdb, polars as pl

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
rnd = random.Random(42)
N = 700

def maybe(v, p=0.15):
    return None if rnd.random() < p else v

words = ["alpha", "Zoë", "김민준", "naïve café", "", "emoji 🎉", "tab\there", "quote\"s", "line\nbreak", "x" * 40]

def base_table(n=N):
    ts = [maybe(1_600_000_000_000_000 + rnd.randint(-10**15, 10**15)) for _ in range(n)]
    return pa.table({
        "i8": pa.array([maybe(rnd.randint(-128, 127)) for _ in range(n)], pa.int8()),
        "i16": pa.array([maybe(rnd.randint(-32768, 32767)) for _ in range(n)], pa.int16()),
        "i32": pa.array([maybe(rnd.randint(-2**31, 2**31 - 1)) for _ in range(n)], pa.int32()),
        "i64": pa.array([maybe(rnd.randint(-2**63, 2**63 - 1)) for _ in range(n)], pa.int64()),
        "u8": pa.array([maybe(rnd.randint(0, 255)) for _ in range(n)], pa.uint8()),
        "u32": pa.array([maybe(rnd.randint(0, 2**32 - 1)) for _ in range(n)], pa.uint32()),
        "u64": pa.array([maybe(rnd.randint(0, 2**64 - 1)) for _ in range(n)], pa.uint64()),
        "f32": pa.array([maybe(rnd.uniform(-1e6, 1e6)) for _ in range(n)], pa.float32()),
        "f64": pa.array([maybe(rnd.choice([rnd.uniform(-1e9, 1e9), 0.1, -0.0, 1e300, 5e-324])) for _ in range(n)], pa.float64()),
        "b": pa.array([maybe(rnd.random() < 0.5) for _ in range(n)], pa.bool_()),
        "s": pa.array([maybe(rnd.choice(words) + str(rnd.randint(0, 50))) for _ in range(n)], pa.string()),
        "req": pa.array([f"row {i}" for i in range(n)], pa.string()),
        "bin": pa.array([maybe(rnd.choice([b"plain", b"\xff\xfe\x00", "é".encode(), b""])) for _ in range(n)], pa.binary()),
        "d": pa.array([maybe(rnd.randint(-700_000, 700_000)) for _ in range(n)], pa.date32()),
        "ts_ms": pa.array([None if t is None else t // 1000 for t in ts], pa.timestamp("ms")),
        "ts_us_utc": pa.array(ts, pa.timestamp("us", tz="UTC")),
        "ts_ns": pa.array([None if t is None else t * 1000 + rnd.randint(0, 999) for t in ts], pa.timestamp("ns")),
        "t_ms": pa.array([maybe(rnd.randint(0, 86_400_000 - 1)) for _ in range(n)], pa.time32("ms")),
        "t_us": pa.array([maybe(rnd.randint(0, 86_400_000_000 - 1)) for _ in range(n)], pa.time64("us")),
        "dec9": pa.array([maybe(decimal.Decimal(rnd.randint(-10**9 + 1, 10**9 - 1)).scaleb(-2)) for _ in range(n)], pa.decimal128(9, 2)),
        "dec18": pa.array([maybe(decimal.Decimal(rnd.randint(-10**18 + 1, 10**18 - 1)).scaleb(-4)) for _ in range(n)], pa.decimal128(18, 4)),
        "dec30": pa.array([maybe(decimal.Decimal(rnd.randint(-10**30 + 1, 10**30 - 1)).scaleb(-5)) for _ in range(n)], pa.decimal128(30, 5)),
        "addr": pa.array([maybe({"city": maybe(rnd.choice(words)), "zip": maybe(rnd.randint(0, 99999)),
                                 "geo": maybe({"lat": rnd.uniform(-90, 90)})}, 0.2) for _ in range(n)],
                         pa.struct([("city", pa.string()), ("zip", pa.int32()), ("geo", pa.struct([("lat", pa.float64())]))])),
    })

def fmt_micros_ts(us):
    d = datetime.datetime(1970, 1, 1) + datetime.timedelta(microseconds=us)
    s = d.strftime("%Y-%m-%d %H:%M:%S")
    if d.year < 1000: s = "%04d" % d.year + s[s.index("-"):]
    return s + (".%06d" % d.microsecond if d.microsecond else "")

def fmt_micros_time(us):
    s = us // 1_000_000
    r = "%02d:%02d:%02d" % (s // 3600, s // 60 % 60, s % 60)
    return r + (".%06d" % (us % 1_000_000) if us % 1_000_000 else "")

def column_texts(arr, t):
    if isinstance(t, pa.BaseExtensionType):
        if "uuid" in str(t):
            return [None if v is None else str(uuid.UUID(bytes=v)) for v in arr.storage.to_pylist()]
        arr, t = arr.storage, t.storage_type
    if pa.types.is_timestamp(t) or pa.types.is_time(t):
        per = {"s": 1_000_000, "ms": 1000, "us": 1, "ns": 0}[t.unit]
        ints = arr.view(pa.int32() if t.bit_width == 32 else pa.int64()).to_pylist()
        def micros(v): return v * per if per else v // 1000
        f = fmt_micros_ts if pa.types.is_timestamp(t) else fmt_micros_time
        return [None if v is None else f(micros(v)) for v in ints]
    if pa.types.is_list(t) or pa.types.is_large_list(t):
        inner = column_texts(arr.flatten(), t.value_type)
        quote = not (pa.types.is_integer(t.value_type) or pa.types.is_floating(t.value_type) or pa.types.is_boolean(t.value_type) or pa.types.is_decimal(t.value_type))
        offsets = arr.offsets.to_pylist()
        def elem(x): return "null" if x is None else (json.dumps(x, ensure_ascii=False) if quote else x)
        return [None if not arr[i].is_valid else "[" + ",".join(elem(x) for x in inner[offsets[i]:offsets[i + 1]]) + "]" for i in range(len(arr))]
    if pa.types.is_map(t):
        keys = column_texts(arr.keys, t.key_type)
        items = column_texts(arr.items, t.item_type)
        quote = not (pa.types.is_integer(t.item_type) or pa.types.is_floating(t.item_type) or pa.types.is_boolean(t.item_type) or pa.types.is_decimal(t.item_type))
        offsets = arr.offsets.to_pylist()
        def elem(x): return "null" if x is None else (json.dumps(x, ensure_ascii=False) if quote else x)
        return [None if not arr[i].is_valid else "{" + ",".join(json.dumps(keys[k], ensure_ascii=False) + ":" + elem(items[k]) for k in range(offsets[i], offsets[i + 1])) + "}" for i in range(len(arr))]
    vals = arr.to_pylist()
    def one(v):
        if v is None: return None
        if pa.types.is_boolean(t): return "true" if v else "false"
        if pa.types.is_integer(t): return str(v)
        if pa.types.is_floating(t): return repr(float(v))
        if pa.types.is_decimal(t): return format(v, "f")
        if pa.types.is_date(t): return "%04d-%02d-%02d" % (v.year, v.month, v.day)
        if pa.types.is_string(t) or pa.types.is_large_string(t) or pa.types.is_string_view(t): return v
        if pa.types.is_fixed_size_binary(t): return "0x" + v.hex()
        if pa.types.is_binary(t) or pa.types.is_large_binary(t) or pa.types.is_binary_view(t):
            try: return v.decode("utf-8")
            except UnicodeDecodeError: return "0x" + v.hex()
        if pa.types.is_dictionary(t): return str(v)
        raise Exception(f"no text form for {t}")
    return [one(v) for v in vals]

def expect(name, columns=None):
    path = os.path.join(out, name + ".parquet")
    t = pq.read_table(path, columns=None)
    while any(pa.types.is_struct(f.type) for f in t.schema):
        t = t.flatten()
    cols = [c for c in t.column_names] if columns is None else columns
    texts = []
    for c in cols:
        col = t.column(c).combine_chunks() if t.num_rows else pa.array([], t.schema.field(c).type)
        if pa.types.is_dictionary(col.type): col = col.dictionary_decode()
        texts.append(column_texts(col, col.type))
    rows = [list(r) for r in zip(*texts)] if cols else []
    with open(os.path.join(out, name + ".expected.json"), "w") as f:
        json.dump({"columns": cols, "rows": rows}, f)

t = base_table()
for codec in ["none", "snappy", "gzip", "zstd"]:
    for dic in [True, False]:
        for v in ["1.0", "2.0"]:
            name = f"pa_{codec}_{'dict' if dic else 'plain'}_v{v[0]}"
            pq.write_table(t, os.path.join(out, name + ".parquet"), compression=codec, use_dictionary=dic,
                           data_page_version=v, row_group_size=250, data_page_size=1024)
            expect(name)

enc = {"i32": "DELTA_BINARY_PACKED", "i64": "DELTA_BINARY_PACKED", "d": "DELTA_BINARY_PACKED",
       "ts_us_utc": "DELTA_BINARY_PACKED", "s": "DELTA_LENGTH_BYTE_ARRAY", "req": "DELTA_BYTE_ARRAY",
       "bin": "DELTA_BYTE_ARRAY", "f32": "BYTE_STREAM_SPLIT", "f64": "BYTE_STREAM_SPLIT", "b": "RLE",
       "i16": "BYTE_STREAM_SPLIT", "dec30": "BYTE_STREAM_SPLIT"}
for v in ["1.0", "2.0"]:
    name = f"pa_enc_v{v[0]}"
    pq.write_table(t, os.path.join(out, name + ".parquet"), compression="snappy", use_dictionary=False,
                   column_encoding=enc, data_page_version=v, row_group_size=300, data_page_size=2048)
    expect(name)

pq.write_table(t.select(["ts_ms", "ts_ns", "req"]), os.path.join(out, "pa_int96.parquet"), use_deprecated_int96_timestamps=True)
expect("pa_int96")

misc = pa.table({
    "f16": pa.array([maybe(rnd.choice([0.5, -2.0, 65504.0, 1e-7, 3.140625])) for _ in range(200)], pa.float16()),
    "uid": pa.array([maybe(uuid.UUID(int=rnd.getrandbits(128)).bytes) for _ in range(200)], pa.uuid()),
    "t_ns": pa.array([maybe(rnd.randint(0, 86_400 * 10**9 - 1)) for _ in range(200)], pa.time64("ns")),
    "ts_s": pa.array([maybe(rnd.randint(-10**9, 10**9)) for _ in range(200)], pa.timestamp("s")),
    "u16": pa.array([maybe(rnd.randint(0, 65535)) for _ in range(200)], pa.uint16()),
    "fixed": pa.array([maybe(bytes([rnd.randint(0, 255) for _ in range(3)])) for _ in range(200)], pa.binary(3)),
    "ls": pa.array([maybe("large " + rnd.choice(words)) for _ in range(200)], pa.large_string()),
    "dec_i32": pa.array([maybe(decimal.Decimal(rnd.randint(-9999, 9999)).scaleb(-1)) for _ in range(200)], pa.decimal128(4, 1)),
})
pq.write_table(misc, os.path.join(out, "pa_misc.parquet"), store_decimal_as_integer=True)
expect("pa_misc")

pq.write_table(t.slice(0, 0), os.path.join(out, "pa_empty.parquet"))
expect("pa_empty")

lt = pa.table({"id": pa.array(range(50), pa.int64()),
               "tags": pa.array([[str(i), "x \"q\"\n"] if i % 3 else (None if i % 2 else []) for i in range(50)], pa.list_(pa.string())),
               "nums": pa.array([[i, None, -i] if i % 4 else [None] for i in range(50)], pa.list_(pa.int32())),
               "fl": pa.array([[i / 4, 1e300] for i in range(50)], pa.list_(pa.float64())),
               "m": pa.array([[("k", i), ("k2", None)] if i % 5 else None for i in range(50)], pa.map_(pa.string(), pa.int32())),
               "name": pa.array([f"n{i}" for i in range(50)]),
               "objs": pa.array([[{"a": i}] for i in range(50)], pa.list_(pa.struct([("a", pa.int32())])))})
pq.write_table(lt, os.path.join(out, "pa_list.parquet"), row_group_size=20, data_page_size=64)
expect("pa_list", columns=["id", "tags", "nums", "fl", "m", "name"])
pq.write_table(lt, os.path.join(out, "pa_list_v2.parquet"), row_group_size=20, data_page_size=64, data_page_version="2.0", compression="zstd")
expect("pa_list_v2", columns=["id", "tags", "nums", "fl", "m", "name"])

con = duckdb.connect()
con.execute(f"""COPY (SELECT i::INTEGER AS i, (i * 1000003)::BIGINT AS big, i / 7.0 AS dbl,
    CASE WHEN i % 5 = 0 THEN NULL ELSE 'v' || (i % 37)::VARCHAR || ' ✓' END AS s,
    DATE '2020-01-01' + (i % 1000)::INTEGER AS d, TIMESTAMP '2021-03-04 05:06:07.123456' + to_seconds(i * 3601) AS ts,
    (i * 1.25)::DECIMAL(10,2) AS dec10, (i * 12345678901.5)::DECIMAL(38,10) AS dec38,
    uuid_extract_version ? NULL : NULL AS dummy,
    ('00000000-0000-4000-8000-' || lpad(i::VARCHAR, 12, '0'))::UUID AS u, i % 2 = 0 AS flag,
    {{'city': 'c' || (i % 9)::VARCHAR, 'zip': i}} AS addr, TIME '01:02:03' + to_seconds(i) AS tm,
    (i % 100)::TINYINT AS tiny, i::UBIGINT AS ub,
    CASE WHEN i % 4 = 0 THEN NULL WHEN i % 4 = 1 THEN []::INTEGER[] ELSE [i, NULL, i + 1] END AS li,
    MAP {{'a': i, 'b' || (i % 3)::VARCHAR: NULL}} AS mp
    FROM range(3000) t(i)) TO '{out}/duck.parquet' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 1024)""".replace("uuid_extract_version ? NULL : NULL AS dummy,", ""))
expect("duck")
con.execute(f"COPY (SELECT * FROM '{out}/duck.parquet') TO '{out}/duck_v2.parquet' (FORMAT parquet, PARQUET_VERSION v2, COMPRESSION gzip, ROW_GROUP_SIZE 2048)")
expect("duck_v2")

df = pl.DataFrame({"a": [1, None, 3] * 400, "s": ["x", "ÿ", None] * 400, "f": [1.5, None, -2.25] * 400,
                   "d": [datetime.date(2020, 1, 1), None, datetime.date(1969, 12, 31)] * 400,
                   "dt": [datetime.datetime(2020, 1, 1, 1, 2, 3, 4), None, datetime.datetime(1960, 5, 6)] * 400,
                   "c": pl.Series(["p", "q", "p"] * 400, dtype=pl.Categorical), "flag": [True, False, None] * 400})
df.write_parquet(os.path.join(out, "polars.parquet"), row_group_size=500)
expect("polars")
print("ok")
"""#
