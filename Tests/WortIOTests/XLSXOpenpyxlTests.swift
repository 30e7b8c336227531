import Foundation
import Testing
import WortCore
@testable import WortIO

/// Workbooks written by a real producer, openpyxl (from the virtualenv at `$WORT_PYTHON`,
/// which scripts/test makes), read by `XLSXReader` and compared with what openpyxl reads
/// back from the same file. Without `$WORT_PYTHON` or openpyxl the tests fail: they
/// never pass by skipping.
@Suite struct XLSXOpenpyxlTests {
    /// Writes the workbook at argv[1]; prints the sheet names and openpyxl's read-back of
    /// every sheet as JSON, each value tagged with its Python type.
    static let script = #"""
import datetime as dt, json, sys
import openpyxl
path = sys.argv[1]
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Data"
ws.append(["text", "int", "float", "bool", "date", "datetime", "sparse", "formula"])
rows = [
    ["plain", 1, 1.5, True, dt.date(2024, 1, 2), dt.datetime(2024, 1, 2, 3, 4, 5), "a", "=B2*2"],
    ["한글 텍스트", -2, -0.25, False, dt.date(1999, 12, 31), dt.datetime(2000, 2, 29, 23, 59, 59), None, "=B3*2"],
    ["emoji 😀🎉", 3000000000, 1e-05, True, dt.date(1900, 3, 1), dt.datetime(2021, 6, 30, 12, 0, 0, 250000), None, None],
    ["  spaces  ", 0, 3.14159, None, dt.date(2024, 2, 29), dt.datetime(1970, 1, 1, 0, 0, 1), "b", None],
    ["&<>\"' entities", 42, 2.0, False, None, None, None, None],
    ["tab\tand\nnewline", None, 1234567.125, True, dt.date(9999, 12, 31), dt.datetime(2024, 12, 31, 23, 59, 59), None, None],
    [None, 7, -1e300, None, dt.date(1904, 1, 1), None, "c", None],
]
for r in rows:
    ws.append(r)
ws2 = wb.create_sheet("Zweite Tabelle")
ws2.append(["k", "v"])
ws2.append(["x", 10])
ws2.append(["y", 20.5])
wb.save(path)

def tag(v):
    if v is None: return None
    if isinstance(v, bool): return ["b", "true" if v else "false"]
    if isinstance(v, int): return ["i", str(v)]
    if isinstance(v, float): return ["f", repr(v)]
    if isinstance(v, dt.datetime): return ["t", v.isoformat(sep=" ")]
    if isinstance(v, dt.date): return ["t", dt.datetime(v.year, v.month, v.day).isoformat(sep=" ")]
    return ["s", str(v)]

back = openpyxl.load_workbook(path, data_only=True)
out = {"sheets": back.sheetnames, "values": {}}
for name in back.sheetnames:
    out["values"][name] = [[tag(v) for v in row] for row in back[name].iter_rows(values_only=True)]
print(json.dumps(out))
"""#

    struct Produced {
        var path: String
        var sheets: [String]
        /// Per sheet: rows of tagged values (nil = empty).
        var values: [String: [[[String]?]]]
    }

    /// Runs the script; records an Issue (the test fails) when Python or openpyxl is missing.
    static func produce(in dir: TempDir) throws -> Produced? {
        guard let python = ProcessInfo.processInfo.environment["WORT_PYTHON"], !python.isEmpty else {
            Issue.record("WORT_PYTHON is not set: run scripts/test, or make .venv-test with openpyxl and set WORT_PYTHON=$PWD/.venv-test/bin/python")
            return nil
        }
        let path = dir.path + "/openpyxl.xlsx"
        let p = Process()
        p.executableURL = URL(fileURLWithPath: python)
        p.arguments = ["-c", script, path]
        var env = ProcessInfo.processInfo.environment
        env["PYTHONIOENCODING"] = "utf-8"
        p.environment = env
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else {
            Issue.record("openpyxl script failed (is openpyxl installed in \(python)?): \(String(decoding: errData, as: UTF8.self))")
            return nil
        }
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let sheets = try #require(json["sheets"] as? [String])
        let raw = try #require(json["values"] as? [String: [[Any]]])
        var values: [String: [[[String]?]]] = [:]
        for (name, rows) in raw { values[name] = rows.map { $0.map { $0 as? [String] } } }
        return Produced(path: path, sheets: sheets, values: values)
    }

    /// Compares a sheet read by Wort with openpyxl's values: names with the first row,
    /// each cell by the Wort column's type.
    static func compare(_ got: (schema: Schema, rows: [[String?]]), _ expected: [[[String]?]], sheet: String) {
        guard let header = expected.first else { Issue.record("openpyxl read no rows of \(sheet)"); return }
        #expect(got.schema.names == header.map { $0?[1] ?? "" }, "names of \(sheet)")
        let data = Array(expected.dropFirst())
        #expect(got.rows.count == data.count, "row count of \(sheet)")
        for (r, (row, want)) in zip(got.rows, data).enumerated() {
            for (c, field) in got.schema.fields.enumerated() {
                let g = c < row.count ? row[c] : nil
                let w = c < want.count ? want[c] : nil
                guard let w else { #expect(g == nil, "\(sheet) row \(r + 2) \(field.name): \(String(describing: g)) should be empty"); continue }
                guard let g else { Issue.record("\(sheet) row \(r + 2) \(field.name): null, openpyxl read \(w)"); continue }
                let (kind, text) = (w[0], w[1])
                switch field.type {
                case .double:
                    #expect(Double(g) == Double(text), "\(sheet) row \(r + 2) \(field.name): \(g) vs \(text)")
                case .date:
                    #expect(kind == "t" && text.hasSuffix(" 00:00:00") && g == String(text.prefix(10)),
                            "\(sheet) row \(r + 2) \(field.name): \(g) vs \(text)")
                default:
                    #expect(g == text, "\(sheet) row \(r + 2) \(field.name): \(g) vs \(text)")
                }
            }
        }
    }

    @Test func valuesMatchOpenpyxl() throws {
        let dir = TempDir(); defer { dir.cleanup() }
        guard let produced = try Self.produce(in: dir) else { return }
        #expect(try XLSXReader.sheetNames(of: produced.path) == produced.sheets)
        let got = try readXLSX(produced.path)
        // openpyxl writes formulas without a cached result: that column reads as empty.
        #expect(types(got.schema) == [.string, .int64, .double, .bool, .date, .timestamp, .string, .string])
        Self.compare(got, try #require(produced.values["Data"]), sheet: "Data")
        #expect(got.rows.map { $0[7] }.allSatisfy { $0 == nil })
    }

    @Test func sheetChoiceMatchesOpenpyxl() throws {
        let dir = TempDir(); defer { dir.cleanup() }
        guard let produced = try Self.produce(in: dir) else { return }
        let second = produced.sheets[1]
        for choice in [second, second.uppercased(), "2"] {
            let got = try readXLSX(produced.path) { $0.sheet = choice }
            #expect(types(got.schema) == [.string, .double], "sheet \(choice)")
            Self.compare(got, try #require(produced.values[second]), sheet: second)
        }
        let first = try readXLSX(produced.path) { $0.sheet = "1" }
        #expect(first.schema.names.first == "text")
        let e = wortError { _ = try readXLSX(produced.path) { $0.sheet = "Nope" } }
        #expect(e?.hint == "sheets: " + produced.sheets.joined(separator: ", "))
    }

    @Test func allStringsKeepsOpenpyxlTexts() throws {
        let dir = TempDir(); defer { dir.cleanup() }
        guard let produced = try Self.produce(in: dir) else { return }
        let got = try readXLSX(produced.path) { $0.allStrings = true }
        #expect(got.schema.fields.allSatisfy { $0.type == .string })
        let data = try #require(produced.values["Data"]).dropFirst()
        // Texts are kept exactly, spaces included; integers have no ".0".
        #expect(got.rows.map { $0[0] } == data.map { $0[0]?[1] })
        #expect(got.rows.map { $0[1] } == data.map { $0[1]?[1] })
    }
}
