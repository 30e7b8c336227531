import WortTestSupport
import Foundation
import Testing
import WortCore
@testable import WortIO

/// Reads a Parquet file with pyarrow and with DuckDB and prints what each sees as JSON:
/// cells as text (dates ISO, timestamps with microseconds, decimals with their scale,
/// doubles as repr), types, null counts, row groups, per-chunk statistics and encodings.
let parquetInspectScript = #"""
import sys, json, datetime, decimal, math
import pyarrow.parquet as pq
import duckdb

def cell(v):
    if v is None: return None
    if isinstance(v, bool): return "true" if v else "false"
    if isinstance(v, float): return repr(v)
    if isinstance(v, datetime.datetime): return v.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(v, datetime.date): return v.isoformat()
    if isinstance(v, bytes): return v.decode("utf-8")
    return str(v)

f = sys.argv[1]
pf = pq.ParquetFile(f)
t = pf.read()
md = pf.metadata
out = {
    "names": t.schema.names,
    "types": [str(x.type) for x in t.schema],
    "rows": t.num_rows,
    "row_groups": md.num_row_groups,
    "created_by": md.created_by,
    "columns": [[cell(v) for v in c.to_pylist()] for c in t.columns],
    "null_counts": [c.null_count for c in t.columns],
    "stats": [], "encodings": [], "codecs": [],
}
for i in range(md.num_columns):
    per, enc, codecs = [], [], []
    for g in range(md.num_row_groups):
        c = md.row_group(g).column(i)
        s = c.statistics
        if s is None:
            per.append(None)
        else:
            per.append({"has_min_max": s.has_min_max,
                        "min": cell(s.min) if s.has_min_max else None,
                        "max": cell(s.max) if s.has_min_max else None,
                        "null_count": s.null_count})
        enc.append(sorted(c.encodings))
        codecs.append(c.compression)
    out["stats"].append(per); out["encodings"].append(enc); out["codecs"].append(codecs)
con = duckdb.connect()
q = con.execute("select * from read_parquet(?)", [f])
out["duckdb_types"] = [str(d[1]) for d in q.description]
rows = q.fetchall()
out["duckdb_columns"] = [[cell(r[k]) for r in rows] for k in range(len(out["names"]))]
print(json.dumps(out))
"""#

struct ParquetInspection {
    var names: [String]
    var types: [String]
    var rows: Int
    var rowGroups: Int
    var createdBy: String
    var columns: [[String?]]
    var nullCounts: [Int]
    /// [column][row group]
    var stats: [[[String: Any]?]]
    var encodings: [[[String]]]
    var codecs: [[String]]
    var duckdbTypes: [String]
    var duckdbColumns: [[String?]]

    init?(_ json: Any?) {
        guard let o = json as? [String: Any] else { return nil }
        func cells(_ a: Any?) -> [[String?]] { (a as? [[Any]] ?? []).map { $0.map { $0 as? String } } }
        names = o["names"] as? [String] ?? []
        types = o["types"] as? [String] ?? []
        rows = o["rows"] as? Int ?? -1
        rowGroups = o["row_groups"] as? Int ?? -1
        createdBy = o["created_by"] as? String ?? ""
        columns = cells(o["columns"])
        nullCounts = o["null_counts"] as? [Int] ?? []
        stats = (o["stats"] as? [[Any]] ?? []).map { $0.map { $0 as? [String: Any] } }
        encodings = o["encodings"] as? [[[String]]] ?? []
        codecs = o["codecs"] as? [[String]] ?? []
        duckdbTypes = o["duckdb_types"] as? [String] ?? []
        duckdbColumns = cells(o["duckdb_columns"])
    }
}

/// Writes `batches` to a temporary Parquet file and reads it back with pyarrow and DuckDB.
func writeAndInspect(_ batches: [Table], schema: Schema? = nil, options: ParquetWriteOptions = .init(),
                     sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> (ParquetInspection?, [UInt8], ParquetWriter) {
    let dir = TempDir()
    defer { dir.cleanup() }
    var bytes: [UInt8] = []
    let w = ParquetWriter(write: { bytes += $0 }, options: options)
    if let schema { w.setSchema(schema) }
    for b in batches { try w.write(b) }
    try w.finish()
    let path = dir.file("t.parquet", bytes)
    let json = PythonRunner.json(parquetInspectScript, [path], sourceLocation: sourceLocation)
    return (ParquetInspection(json), bytes, w)
}

// MARK: Test data

fileprivate func pqValidity(_ present: [Bool]) -> ValidityBitmap {
    var v = ValidityBitmap()
    for p in present { v.append(p) }
    return v
}

fileprivate func pqColumn<T>(_ name: String, _ type: DataType, _ values: [T?], zero: T, _ make: ([T]) -> ColumnValues) -> Column {
    Column(name: name, type: type, values: make(values.map { $0 ?? zero }), validity: pqValidity(values.map { $0 != nil }))
}

/// One column of every type, with nulls, Unicode, empty strings and extreme values.
fileprivate func pqSampleTable() -> Table {
    let s = Column(name: "s", strings: ["héllo", "한국어 텍스트", "😀 emoji 👍🏽", "", nil, "a"])
    let ints: [Int64?] = [1, -2, nil, Int64.max, Int64.min, 0]
    let doubles: [Double?] = [1.5, -0.25, nil, 1e300, -0.0, 3.0]
    let bools: [Bool?] = [true, false, nil, true, true, false]
    let dates: [Int32?] = [0, 19000, nil, -1, 19000, 2932896]
    let stamps: [Int64?] = [0, 1_700_000_000_123_456, nil, -1, 0, 86_400_000_000]
    let decimals: [Int64?] = [12345, -1, nil, 0, 99_999_999_99, -5]
    var cols: [Column] = [s]
    cols.append(pqColumn("i", .int64, ints, zero: 0) { .int64($0) })
    cols.append(pqColumn("d", .double, doubles, zero: 0) { .double($0) })
    cols.append(pqColumn("b", .bool, bools, zero: false) { .bool($0) })
    cols.append(pqColumn("dt", .date, dates, zero: 0) { .date($0) })
    cols.append(pqColumn("ts", .timestamp, stamps, zero: 0) { .timestamp($0) })
    cols.append(pqColumn("dec", .decimal(precision: 10, scale: 2), decimals, zero: 0) { .decimal($0) })
    return Table(columns: cols)
}

fileprivate let sampleExpected: [[String?]] = [
    ["héllo", "한국어 텍스트", "😀 emoji 👍🏽", "", nil, "a"],
    ["1", "-2", nil, "9223372036854775807", "-9223372036854775808", "0"],
    ["1.5", "-0.25", nil, "1e+300", "-0.0", "3.0"],
    ["true", "false", nil, "true", "true", "false"],
    ["1970-01-01", "2022-01-08", nil, "1969-12-31", "2022-01-08", "9999-12-31"],
    ["1970-01-01 00:00:00.000000", "2023-11-14 22:13:20.123456", nil, "1969-12-31 23:59:59.999999",
     "1970-01-01 00:00:00.000000", "1970-01-02 00:00:00.000000"],
    ["123.45", "-0.01", nil, "0.00", "99999999.99", "-0.05"],
]

fileprivate let sampleArrowTypes = ["string", "int64", "double", "bool", "date32[day]", "timestamp[us]", "decimal128(10, 2)"]
fileprivate let sampleDuckDBTypes = ["VARCHAR", "BIGINT", "DOUBLE", "BOOLEAN", "DATE", "TIMESTAMP", "DECIMAL(10,2)"]

@Suite("ParquetWriter")
struct ParquetWriterTests {
    static let cases: [(ParquetCodec, Bool)] = ParquetCodec.writable.flatMap { c in [(c, true), (c, false)] }

    @Test("every type round-trips through pyarrow and DuckDB", arguments: cases)
    func allTypes(codec: ParquetCodec, dictionary: Bool) throws {
        let (seen, bytes, _) = try writeAndInspect([pqSampleTable()], options: .init(codec: codec, dictionary: dictionary))
        #expect(Array(bytes.prefix(4)) == Array("PAR1".utf8))
        #expect(Array(bytes.suffix(4)) == Array("PAR1".utf8))
        guard let seen else { Issue.record("no inspection"); return }
        #expect(seen.names == ["s", "i", "d", "b", "dt", "ts", "dec"])
        #expect(seen.types == sampleArrowTypes)
        #expect(seen.duckdbTypes == sampleDuckDBTypes)
        #expect(seen.rows == 6)
        #expect(seen.createdBy == "wort version 0.1")
        #expect(seen.nullCounts == Array(repeating: 1, count: 7))
        for k in 0..<7 {
            #expect(seen.columns[k] == sampleExpected[k], "pyarrow, column \(seen.names[k])")
            #expect(seen.duckdbColumns[k] == sampleExpected[k], "duckdb, column \(seen.names[k])")
        }
        let codecName = ["none": "UNCOMPRESSED", "snappy": "SNAPPY", "gzip": "GZIP", "zstd": "ZSTD"][codec.name]!
        #expect(seen.codecs.allSatisfy { $0 == [codecName] })
        // Dictionary on: every column but the bool one has a dictionary-encoded chunk.
        for k in 0..<7 {
            let usesDictionary = seen.encodings[k][0].contains("RLE_DICTIONARY")
            #expect(usesDictionary == (dictionary && k != 3), "encodings of \(seen.names[k]): \(seen.encodings[k])")
        }
    }

    @Test("statistics: min, max and null count per column chunk")
    func statistics() throws {
        let (seen, _, _) = try writeAndInspect([pqSampleTable()])
        guard let seen else { Issue.record("no inspection"); return }
        let expected: [(String, String)] = [
            ("", "😀 emoji 👍🏽"),  // unsigned byte order: "" < "a" < "h…" < Hangul < emoji
            ("-9223372036854775808", "9223372036854775807"),
            ("-0.25", "1e+300"),
            ("false", "true"),
            ("1969-12-31", "9999-12-31"),
            ("1969-12-31 23:59:59.999999", "2023-11-14 22:13:20.123456"),
            ("-0.05", "99999999.99"),
        ]
        for k in 0..<7 {
            guard let s = seen.stats[k][0] else { Issue.record("no statistics for \(seen.names[k])"); continue }
            #expect(s["has_min_max"] as? Bool == true, "\(seen.names[k])")
            #expect(s["min"] as? String == expected[k].0, "min of \(seen.names[k])")
            #expect(s["max"] as? String == expected[k].1, "max of \(seen.names[k])")
            #expect(s["null_count"] as? Int == 1, "null count of \(seen.names[k])")
        }
    }

    @Test("NaN stays out of min/max; zeros are -0.0 and +0.0; an all-null column has no min/max")
    func doubleStatistics() throws {
        let nans: [Double?] = [Double.nan, 2, nil, -7.5, .nan]
        let zeros: [Double?] = [0.0, -0.0, 0.0, nil, 0.0]
        let nulls: [Int64?] = [nil, nil, nil, nil, nil]
        let t = Table(columns: [
            pqColumn("nan", .double, nans, zero: 0) { .double($0) },
            pqColumn("zeros", .double, zeros, zero: 0) { .double($0) },
            pqColumn("nulls", .int64, nulls, zero: 0) { .int64($0) },
        ])
        for dictionary in [true, false] {
            let (seen, _, _) = try writeAndInspect([t], options: .init(dictionary: dictionary))
            guard let seen else { Issue.record("no inspection"); return }
            #expect(seen.columns[0] == ["nan", "2.0", nil, "-7.5", "nan"])
            #expect(seen.columns[1] == ["0.0", "-0.0", "0.0", nil, "0.0"])
            #expect(seen.duckdbColumns[2] == [nil, nil, nil, nil, nil])
            #expect(seen.nullCounts == [1, 1, 5])
            #expect(seen.stats[0][0]?["min"] as? String == "-7.5")
            #expect(seen.stats[0][0]?["max"] as? String == "2.0")
            #expect(seen.stats[1][0]?["min"] as? String == "-0.0")
            #expect(seen.stats[1][0]?["max"] as? String == "0.0")
            #expect(seen.stats[2][0]?["has_min_max"] as? Bool == false)
            #expect(seen.stats[2][0]?["null_count"] as? Int == 5)
        }
    }

    /// Rows with a pattern that exercises RLE runs, bit-packed runs, nulls and new values.
    static func bigTable(rows: Int, offset: Int, distinct: Int) -> Table {
        var s = StringBuffer(estimatedRows: rows)
        var sv = ValidityBitmap(), iv = ValidityBitmap(), dv = ValidityBitmap(), bv = ValidityBitmap()
        var ints: [Int64] = [], doubles: [Double] = [], bools: [Bool] = [], dates: [Int32] = []
        var dtv = ValidityBitmap()
        for k in 0..<rows {
            let r = offset + k
            let sNull = r % 7 == 3
            if sNull { s.appendEmpty() } else { s.append(r % 11 == 0 ? "" : "név-\(r % distinct)-값") }
            sv.append(!sNull)
            ints.append(Int64(r / 100) * 1_000_003); iv.append(r % 13 != 5)
            doubles.append(Double(r % distinct) / 4); dv.append(r % 1000 < 900)
            bools.append(r % 3 == 0); bv.append(r % 5 != 1)
            dates.append(Int32(r % 365)); dtv.append(true)
        }
        return Table(columns: [
            Column(name: "s", type: .string, values: .string(s), validity: sv),
            Column(name: "i", type: .int64, values: .int64(ints), validity: iv),
            Column(name: "d", type: .double, values: .double(doubles), validity: dv),
            Column(name: "b", type: .bool, values: .bool(bools), validity: bv),
            Column(name: "dt", type: .date, values: .date(dates), validity: dtv),
        ])
    }

    static func expectedCells(_ tables: [Table]) -> [[String?]] {
        var out = [[String?]](repeating: [], count: 5)
        for t in tables {
            for r in 0..<t.rowCount {
                for k in 0..<5 {
                    let c = t.columns[k]
                    guard !c.isNull(r) else { out[k].append(nil); continue }
                    switch c.values {
                    case .double(let v): out[k].append("\(v[r])")
                    case .date:
                        let days = { if case .date(let v) = c.values { return Int(v[r]) } else { return 0 } }()
                        var comps = DateComponents(); comps.day = days
                        let cal = Calendar(identifier: .gregorian)
                        var utc = cal; utc.timeZone = TimeZone(identifier: "UTC")!
                        let d = utc.date(byAdding: comps, to: Date(timeIntervalSince1970: 0))!
                        let f = DateFormatter(); f.calendar = utc; f.timeZone = utc.timeZone; f.dateFormat = "yyyy-MM-dd"
                        out[k].append(f.string(from: d))
                    default: out[k].append(c.text(at: r))
                    }
                }
            }
        }
        return out
    }

    @Test("several row groups and pages, dictionary fallback to PLAIN", arguments: [true, false])
    func manyGroupsAndPages(dictionary: Bool) throws {
        let batches = [Self.bigTable(rows: 7000, offset: 0, distinct: 50),
                       Self.bigTable(rows: 12000, offset: 7000, distinct: 3000),
                       Self.bigTable(rows: 1, offset: 19000, distinct: 3000)]
        var o = ParquetWriteOptions(codec: .snappy, rowGroupBytes: 200_000, pageBytes: 8_192, dictionary: dictionary)
        o.maxDictionaryBytes = 16_384
        let (seen, _, writer) = try writeAndInspect(batches, options: o)
        guard let seen else { Issue.record("no inspection"); return }
        #expect(seen.rows == 19001)
        #expect(seen.rowGroups >= 3, "row groups: \(seen.rowGroups)")
        #expect(writer.dataPagesWritten > 5 * seen.rowGroups, "pages: \(writer.dataPagesWritten)")
        let expected = Self.expectedCells(batches)
        for k in 0..<5 {
            #expect(seen.columns[k] == expected[k], "pyarrow, column \(seen.names[k])")
            #expect(seen.duckdbColumns[k] == expected[k], "duckdb, column \(seen.names[k])")
            #expect(seen.nullCounts[k] == expected[k].filter { $0 == nil }.count)
        }
        if dictionary {
            // The strings outgrow a 16 KiB dictionary: some chunk mixes dictionary and PLAIN pages.
            #expect(seen.encodings[0].contains { $0.contains("RLE_DICTIONARY") && $0.contains("PLAIN") })
        }
        // Null counts of the chunks add up to the column's.
        for k in 0..<5 {
            let sum = seen.stats[k].reduce(0) { $0 + (($1?["null_count"] as? Int) ?? -1_000_000) }
            #expect(sum == seen.nullCounts[k])
        }
    }

    @Test("an input without rows makes a file with the schema and 0 rows")
    func emptyTable() throws {
        let schema = pqSampleTable().schema
        let (seen, _, _) = try writeAndInspect([], schema: schema)
        guard let seen else { Issue.record("no inspection"); return }
        #expect(seen.rows == 0)
        #expect(seen.rowGroups == 0)
        #expect(seen.names == schema.names)
        #expect(seen.types == sampleArrowTypes)
        #expect(seen.duckdbTypes == sampleDuckDBTypes)
    }

    @Test("a batch of 0 rows still gives the file its schema")
    func emptyBatch() throws {
        let t = Table(columns: [Column(name: "x", strings: [])])
        let (seen, _, _) = try writeAndInspect([t])
        #expect(seen?.names == ["x"])
        #expect(seen?.rows == 0)
    }

    @Test("finish without a schema is an error")
    func noSchema() {
        let w = ParquetWriter(write: { _ in })
        #expect(wortError { try w.finish() } != nil)
    }

    @Test("invalid cells are an error naming the column and how many")
    func invalidCells() {
        let c = Column(name: "when", type: .date, values: .date([0, 0, 0]), validity: pqValidity([true, false, false]),
                       invalid: [InvalidCell(row: 1, text: "soon"), InvalidCell(row: 2, text: "later")])
        let w = ParquetWriter(write: { _ in })
        let e = wortError { try w.write(Table(columns: [c])) }
        #expect(e?.kind == .data)
        #expect(e?.message.contains("'when'") == true)
        #expect(e?.message.contains("2 cells") == true)
    }

    @Test("string values that are views into a shared block")
    func sharedStrings() throws {
        let block = Array("alphabetagamma".utf8)
        // Views into `block` have negative (bitwise-not) starts; "own" is owned.
        let s = StringBuffer(owned: Array("own".utf8), shared: block, starts: [~0, ~5, 0, ~9], ends: [5, 9, 3, 14])
        let t = Table(columns: [Column(name: "v", type: .string, values: .string(s), validity: ValidityBitmap(repeating: true, count: 4))])
        let (seen, _, _) = try writeAndInspect([t])
        #expect(seen?.columns.first == ["alpha", "beta", "own", "gamma"])
    }
}

@Suite("ParquetWriter encodings")
struct ParquetWriterEncodingTests {
    @Test("RLE/bit-packed hybrid: runs and literal groups as Encodings.md lays them out")
    func hybrid() {
        var out: [UInt8] = []
        let v: [UInt32] = Array(repeating: 1, count: 10) + [0, 1, 2, 3, 4, 5, 6, 7, 1]
        v.withUnsafeBufferPointer { RLEHybridEncoder.encode($0, bitWidth: 3, to: &out) }
        // 10 ones: RLE run header 10<<1, value 1; then 9 literals: 2 groups (header 2<<1|1), 6 bytes.
        #expect(out.prefix(2) == [20, 1])
        #expect(out[2] == 5)
        // 0..7 at 3 bits, LSB first: 0b10001000, 0b11000110, 0b11111010; then 1 padded: 0b00000001, 0, 0.
        #expect(Array(out[3...]) == [0x88, 0xC6, 0xFA, 0x01, 0x00, 0x00])
    }

    @Test("RLE run after literals tops the literals up to whole groups")
    func hybridTopUp() {
        var out: [UInt8] = []
        let v: [UInt32] = [1, 0, 1] + Array(repeating: 1, count: 20)
        v.withUnsafeBufferPointer { RLEHybridEncoder.encode($0, bitWidth: 1, to: &out) }
        // 3 literals + 5 ones from the run = 1 group (0b11111101), then an RLE run of 15 ones.
        #expect(out == [3, 0xFD, 30, 1])
    }

    @Test("thrift compact: field deltas, long jumps, zigzag, bools in the type nibble, lists")
    func thrift() {
        var w = ThriftCompactWriter()
        w.writeStruct { s in
            s.field(1, i32: -1)
            s.field(2, bool: true)
            s.field(20, i64: 300)
            s.field(21, stringList: ["a"])
            s.field(22) { $0.field(1, bool: false) }
            s.field(23, i32: 0)
        }
        #expect(w.bytes == [0x15, 0x01, 0x11, 0x06, 0x28, 0xD8, 0x04, 0x19, 0x18, 0x01, 0x61, 0x1C, 0x12, 0x00, 0x15, 0x00, 0x00])
    }
}
