import Foundation
import Testing
import WortCore
@testable import WortIO

/// Reads all of a Parquet file: names, types and cell texts (nil = null).
func pqrRead(_ path: String, columns: [String]? = nil, batchRows: Int = 97) throws -> (schema: Schema, rows: [[String?]], reader: ParquetReader) {
    var o = ReadOptions()
    o.batchRows = batchRows
    let r = try ParquetReader(source: .file(path), options: o, columns: columns)
    var rows: [[String?]] = []
    while let b = try r.nextBatch() {
        #expect(b.rowCount <= batchRows)
        #expect(b.schema == r.schema)
        for i in 0..<b.rowCount { rows.append(b.columns.map { $0.text(at: i) }) }
    }
    return (r.schema, rows, r)
}

/// Compares Wort's rows with pyarrow's, doubles by value; records the first few differences.
func pqrCompare(_ schema: Schema, _ rows: [[String?]], _ expected: (columns: [String], rows: [[String?]]), _ what: String) {
    #expect(schema.names == expected.columns, "\(what): column names")
    #expect(rows.count == expected.rows.count, "\(what): row count")
    var differences = 0
    for (i, (got, want)) in zip(rows, expected.rows).enumerated() {
        for (c, (g, w)) in zip(got, want).enumerated() where g != w {
            if schema.fields[c].type == .double, let g, let w, let x = Double(g), let y = Double(w), x == y || (x.isNaN && y.isNaN) { continue }
            differences += 1
            if differences <= 5 {
                Issue.record("\(what): row \(i), column \(schema.fields[c].name): Wort \(g ?? "null"), pyarrow \(w ?? "null")")
            }
        }
    }
    #expect(differences == 0, "\(what): \(differences) cells differ")
}

@Suite struct ParquetReaderTests {
    @Test(arguments: PQRFixtures.names)
    func readsWhatPythonReadsBack(name: String) throws {
        guard let dir = pqrFixtureDir() else { return }
        let expected = try pqrExpected(dir, name)
        // The list fixtures hold a LIST of structs, which Wort cannot read: leave it out.
        let (schema, rows, reader) = try pqrRead("\(dir)/\(name).parquet", columns: name.hasPrefix("pa_list") ? expected.columns : nil)
        pqrCompare(schema, rows, expected, name)
        #expect(reader.rowCount == expected.rows.count)
        #expect(reader.progress.done == reader.progress.total)
    }

    @Test func typesFollowTheLogicalTypes() throws {
        guard let dir = pqrFixtureDir() else { return }
        let s = try pqrRead("\(dir)/pa_snappy_dict_v1.parquet").schema
        let types = Dictionary(uniqueKeysWithValues: s.fields.map { ($0.name, $0.type) })
        #expect(types["i8"] == .int64 && types["i32"] == .int64 && types["u32"] == .int64 && types["u64"] == .string)
        #expect(types["f32"] == .double && types["f64"] == .double && types["b"] == .bool)
        #expect(types["s"] == .string && types["bin"] == .string && types["d"] == .date)
        #expect(types["ts_ms"] == .timestamp && types["ts_us_utc"] == .timestamp && types["ts_ns"] == .timestamp)
        #expect(types["t_ms"] == .string && types["t_us"] == .string)
        #expect(types["dec9"] == .decimal(precision: 9, scale: 2) && types["dec18"] == .decimal(precision: 18, scale: 4))
        #expect(types["dec30"] == .string)
        #expect(types["addr.city"] == .string && types["addr.zip"] == .int64 && types["addr.geo.lat"] == .double)
        let duck = try pqrRead("\(dir)/duck.parquet").schema
        #expect(duck.fields.first { $0.name == "u" }?.type == .string)
        #expect(duck.fields.first { $0.name == "dec38" }?.type == .string)
        #expect(try pqrRead("\(dir)/pa_int96.parquet").schema.fields.map(\.type) == [.timestamp, .timestamp, .string])
    }

    @Test func projectionReadsOnlyTheNamedColumnsInThatOrder() throws {
        guard let dir = pqrFixtureDir() else { return }
        let path = "\(dir)/pa_zstd_dict_v2.parquet"
        let all = try pqrRead(path)
        let some = try pqrRead(path, columns: ["s", "addr.city", "i32"])
        #expect(some.schema.names == ["s", "addr.city", "i32"])
        let idx = ["s", "addr.city", "i32"].map { n in all.schema.names.firstIndex(of: n)! }
        #expect(some.rows == all.rows.map { r in idx.map { r[$0] } })
        let e = wortError { _ = try ParquetReader(source: .file(path), options: ReadOptions(), columns: ["nope"]) }
        #expect(e?.kind == .usage)
        #expect(e?.message.contains("nope") == true && e?.message.contains("addr.geo.lat") == true)
    }

    @Test func listsOfStructsAreNamedErrorsAndTheOthersReadable() throws {
        guard let dir = pqrFixtureDir() else { return }
        let path = "\(dir)/pa_list.parquet"
        let e = wortError { _ = try ParquetReader(source: .file(path), options: ReadOptions()) }
        #expect(e?.kind == .data)
        #expect(e?.message.contains("column 'objs' is a LIST of nested values: not supported yet") == true, "\(e?.description ?? "no error")")
        let (schema, rows, _) = try pqrRead(path, columns: ["id", "tags", "nums", "fl", "m", "name"])
        #expect(schema.fields.map(\.type) == [.int64, .string, .string, .string, .string, .string])
        #expect(rows[1][1] == #"["1","x \"q\"\n"]"# && rows[0][1] == "[]" && rows[3][1] == nil)
        #expect(rows[0][2] == "[null]" && rows[1][2] == "[1,null,-1]")
        #expect(rows[1][4] == #"{"k":1,"k2":null}"# && rows[0][4] == nil)
    }

    @Test func emptyFileHasSchemaAndNoRows() throws {
        guard let dir = pqrFixtureDir() else { return }
        let (schema, rows, reader) = try pqrRead("\(dir)/pa_empty.parquet")
        #expect(rows.isEmpty && reader.rowCount == 0)
        #expect(schema.names.contains("addr.geo.lat"))
    }

    /// Standard input is spooled to a temporary file first (Parquet needs random access).
    @Test func readsStandardInput() throws {
        guard let dir = pqrFixtureDir() else { return }
        let path = "\(dir)/pa_snappy_dict_v2.parquet"
        let fd = open(path, O_RDONLY)
        try #require(fd >= 0)
        let saved = dup(0)
        dup2(fd, 0)
        close(fd)
        defer { dup2(saved, 0); close(saved) }
        let r = try ParquetReader(source: .stdin, options: ReadOptions())
        var rows: [[String?]] = []
        while let b = try r.nextBatch() { for i in 0..<b.rowCount { rows.append(b.columns.map { $0.text(at: i) }) } }
        pqrCompare(r.schema, rows, try pqrExpected(dir, "pa_snappy_dict_v2"), "stdin")
    }

    @Test func largeBatchesHoldWholeRowGroups() throws {
        guard let dir = pqrFixtureDir() else { return }
        let path = "\(dir)/duck.parquet"
        let small = try pqrRead(path, batchRows: 10)
        let large = try pqrRead(path, batchRows: 1 << 20)
        #expect(small.rows == large.rows)
    }
}
