import Testing
import WortCore
@testable import WortIO

@Suite struct CSVWriterTests {
    func encode(_ values: [String?], delimiter: UInt8 = 0x2C) -> String {
        let table = Table(columns: [Column(name: "v", strings: values), Column(name: "w", strings: values.map { _ in "k" })])
        return String(decoding: CSVWriter.encode(table, format: .init(delimiter: delimiter)), as: UTF8.self)
    }

    @Test func quotesOnlyWhatNeedsIt() {
        #expect(encode(["plain", "a,b", "say \"hi\"", "two\nlines", "cr\rx", nil, "", " pad "])
            == "plain,k\n\"a,b\",k\n\"say \"\"hi\"\"\",k\n\"two\nlines\",k\n\"cr\rx\",k\n,k\n,k\n\" pad \",k\n")
    }

    @Test func chosenDelimiterIsQuotedAndCommaIsNot() {
        #expect(encode(["a;b", "a,b"], delimiter: 0x3B) == "\"a;b\";k\na,b;k\n")
    }

    @Test func roundTripThroughTheReader() throws {
        let t = TempDir(); defer { t.cleanup() }
        let values: [String?] = ["x", "a,b", "\"q\"", "l1\nl2", "김민준", "🎉", "tab\there", "end\r\n"]
        let table = Table(columns: [Column(name: "a b", strings: values), Column(name: "n", strings: values.indices.map { "\($0)" })])
        var bytes = CSVWriter.header(table.schema, format: .init())
        bytes += CSVWriter.encode(table, format: .init())
        let p = t.file("rt.csv", bytes)
        let (names, rows, _) = try readCSV(p)
        #expect(names == ["a b", "n"])
        #expect(rows.map { $0[0] } == values)
    }
}
