import Foundation
import Testing
import WortCore
@testable import WortIO

private func sampleTable() -> Table {
    var valid = ValidityBitmap()
    for v in [true, false, true] { valid.append(v) }
    return Table(columns: [
        Column(name: "id", type: .int64, values: .int64([1, 0, -3]), validity: valid),
        Column(name: "x", type: .double, values: .double([1.5, 0, -0.25]), validity: ValidityBitmap(repeating: true, count: 3)),
        Column(name: "ok", type: .bool, values: .bool([true, false, false]), validity: ValidityBitmap(repeating: true, count: 3)),
        Column(name: "address.city", strings: ["Seoul", nil, "\"Q\""]),
    ])
}

private func writeAll(_ batches: [Table], lines: Bool) throws -> String {
    var out: [UInt8] = []
    let writer = JSONWriter(write: { out.append(contentsOf: $0) }, lines: lines)
    for b in batches { try writer.write(b) }
    try writer.finish()
    return String(decoding: out, as: UTF8.self)
}

@Suite struct JSONWriterTests {
    @Test func jsonLines() throws {
        let text = try writeAll([sampleTable()], lines: true)
        #expect(text == """
        {"id":1,"x":1.5,"ok":true,"address.city":"Seoul"}
        {"id":null,"x":0.0,"ok":false,"address.city":null}
        {"id":-3,"x":-0.25,"ok":false,"address.city":"\\"Q\\""}

        """)
    }

    @Test func jsonArrayAcrossBatches() throws {
        let t = sampleTable()
        let one = Table(columns: [Column(name: "a", strings: ["x", "y"])])
        let empty = Table(columns: [Column(name: "a", strings: [])])
        let text = try writeAll([empty, one, empty, one], lines: false)
        #expect(text == "[\n{\"a\":\"x\"},\n{\"a\":\"y\"},\n{\"a\":\"x\"},\n{\"a\":\"y\"}\n]\n")
        let full = try writeAll([t], lines: false)
        #expect(full.hasPrefix("[\n{\"id\":1,") && full.hasSuffix("\"\\\"Q\\\"\"}\n]\n"))
    }

    @Test func emptyOutputs() throws {
        #expect(try writeAll([], lines: false) == "[]\n")
        #expect(try writeAll([Table(columns: [Column(name: "a", strings: [])])], lines: false) == "[]\n")
        #expect(try writeAll([], lines: true) == "")
    }

    @Test func rowsWithoutColumns() throws {
        #expect(try writeAll([Table(rowCount: 2)], lines: true) == "{}\n{}\n")
    }

    @Test func parallelEncodingMatchesTheWriter() throws {
        let batches = [sampleTable(), sampleTable(), sampleTable()]
        for lines in [true, false] {
            var joined: [UInt8] = []
            for (k, b) in batches.enumerated() { joined += JSONWriter.encode(b, lines: lines, first: k == 0) }
            joined += JSONWriter.trailer(lines: lines, wroteRows: true)
            #expect(String(decoding: joined, as: UTF8.self) == (try writeAll(batches, lines: lines)))
        }
    }

    @Test func stringEscaping() throws {
        let s = "q\" b\\ /\u{8}\u{C}\n\r\t\u{0}\u{1}\u{1F}\u{7F} é 한글 😀 \u{2028}"
        let t = Table(columns: [Column(name: "k\"\n", strings: [s])])
        let text = try writeAll([t], lines: true)
        #expect(text == "{\"k\\\"\\n\":\"q\\\" b\\\\ /\\b\\f\\n\\r\\t\\u0000\\u0001\\u001f\u{7F} é 한글 😀 \u{2028}\"}\n")
    }

    @Test func invalidUTF8InStringsBecomesReplacementCharacter() {
        var buf = StringBuffer()
        let bytes: [UInt8] = [0x61, 0xFF, 0x62, 0xC3]
        bytes.withUnsafeBufferPointer { buf.append($0) }
        let t = Table(columns: [Column(name: "s", type: .string, values: .string(buf), validity: ValidityBitmap(repeating: true, count: 1))])
        let out = JSONWriter.encode(t, lines: true, first: true)
        #expect(String(decoding: out, as: UTF8.self) == "{\"s\":\"a\u{FFFD}b\u{FFFD}\"}\n")
    }

    @Test func nonFiniteDoublesAreNull() throws {
        let t = Table(columns: [Column(name: "d", type: .double, values: .double([.nan, .infinity, -.infinity, 1e300, 5e-324]),
                                       validity: ValidityBitmap(repeating: true, count: 5))])
        let text = try writeAll([t], lines: true)
        let values = text.split(separator: "\n").map { String($0.dropFirst(5).dropLast()) }
        #expect(values[0...2] == ["null", "null", "null"])
        #expect(Double(values[3]) == 1e300)
        #expect(Double(values[4]) == 5e-324)
    }

    @Test func decimalsAreNumbers() throws {
        let t = Table(columns: [Column(name: "m", type: .decimal(precision: 10, scale: 2), values: .decimal([12345, -5, 0, 100]),
                                       validity: ValidityBitmap(repeating: true, count: 4))])
        #expect(try writeAll([t], lines: true) == "{\"m\":123.45}\n{\"m\":-0.05}\n{\"m\":0.00}\n{\"m\":1.00}\n")
    }

    @Test func invalidCellsKeepTheirOriginalText() throws {
        var valid = ValidityBitmap()
        for v in [true, false, false, true] { valid.append(v) }
        let t = Table(columns: [Column(name: "n", type: .int64, values: .int64([1, 0, 0, 4]), validity: valid,
                                       invalid: [InvalidCell(row: 2, text: "n/a \"x\"")])])
        #expect(try writeAll([t], lines: true) == "{\"n\":1}\n{\"n\":null}\n{\"n\":\"n/a \\\"x\\\"\"}\n{\"n\":4}\n")
    }

    @Test func writtenNumbersAreValidJSON() {
        let values: [Double] = [0, -0.0, 1, 0.1, 1e21, 1e22, 1.5e-7, 123456789.125, -2.5e-300, .greatestFiniteMagnitude]
        for v in values {
            var out: [UInt8] = []
            JSONWriter.appendDouble(v, to: &out)
            #expect(JSONNumber.isValid(out[...]), "\(String(decoding: out, as: UTF8.self))")
            #expect(Double(String(decoding: out, as: UTF8.self)) == v)
        }
    }

    /// Write then read gives the same values, including Hangul, emoji outside the BMP,
    /// control characters and dotted (flat) names.
    @Test(arguments: [true, false])
    func roundTrip(lines: Bool) throws {
        let strings: [String?] = ["한글 텍스트", "😀🎉 𝄞", nil, "tab\tnew\nline \"q\" \\ \u{0} \u{1F}", "plain"]
        var intValid = ValidityBitmap()
        for v in [true, true, false, true, true] { intValid.append(v) }
        let t = Table(columns: [
            Column(name: "text", strings: strings),
            Column(name: "n", type: .int64, values: .int64([Int64.max, Int64.min, 0, -1, 42]), validity: intValid),
            Column(name: "x", type: .double, values: .double([0.1, -1e-300, 3.0, 1e300, 2.5]),
                   validity: ValidityBitmap(repeating: true, count: 5)),
            Column(name: "b", type: .bool, values: .bool([true, false, true, true, false]),
                   validity: ValidityBitmap(repeating: true, count: 5)),
            Column(name: "address.city", strings: ["서울", "Zürich", "東京", nil, "NYC"]),
        ])
        let text = try writeAll([t], lines: lines)
        let r = try readJSON(text)
        #expect(r.schema == t.schema)
        let back = try #require(r.batches.first)
        #expect(r.batches.count == 1)
        for (a, b) in zip(t.columns, back.columns) {
            #expect(a.values == b.values, "\(a.name)")
            // Compared bit by bit: ValidityBitmap(repeating: true, …) also sets the unused high bits.
            #expect((0..<a.count).map { a.validity[$0] } == (0..<b.count).map { b.validity[$0] }, "\(a.name)")
        }
    }

    /// Reading JSON with nested objects and writing it again gives flat dotted keys.
    @Test func flattenedNamesAreWrittenFlat() throws {
        let r = try readJSON("{\"a\": {\"b\": 1, \"c\": [1, {\"d\": null}]}}\n")
        let text = try writeAll(r.batches, lines: true)
        #expect(text == "{\"a.b\":1,\"a.c\":\"[1,{\\\"d\\\":null}]\"}\n")
    }
}
