import Testing
@testable import WortCore

@Test func stringColumnsKeepBytesUntrimmed() {
    let column = buildColumn([" a ", "NA", "", "東京", " null "], type: .string)
    #expect(column.type == .string)
    #expect(column.text(at: 0) == " a ")
    #expect(column.text(at: 1) == nil)
    #expect(column.text(at: 2) == nil)
    #expect(column.text(at: 3) == "東京")
    #expect(column.text(at: 4) == nil)   // null tokens match trimmed text
    #expect(column.nullCount == 3)
    let raw = buildColumn(["", "NA"], type: .string, nullTokens: .none)
    #expect(raw.text(at: 0) == "" && raw.text(at: 1) == "NA")
}

@Test func eachTypeGetsItsStorageAndCanonicalText() {
    let d = buildColumn(["1.50", "-2", "x"], type: .double)
    #expect(d.values == .double([1.5, -2, 0]))
    #expect(d.text(at: 0) == "1.5" && d.text(at: 1) == "-2.0" && d.text(at: 2) == "x")

    let b = buildColumn(["Yes", "false", "maybe", ""], type: .bool)
    #expect(b.values == .bool([true, false, false, false]))
    #expect(b.text(at: 0) == "true" && b.text(at: 2) == "maybe" && b.text(at: 3) == nil)
    #expect(b.invalid == [InvalidCell(row: 2, text: "maybe")])
    #expect(b.nullCount == 1 && b.invalidCount == 1)

    let dec = buildColumn(["12.5", "-0.05", "1.234"], type: .decimal(precision: 10, scale: 2))
    #expect(dec.values == .decimal([1250, -5, 0]))
    #expect(dec.text(at: 0) == "12.50" && dec.text(at: 1) == "-0.05" && dec.text(at: 2) == "1.234")

    let date = buildColumn(["3/4/2024", "2024-02-30", "NULL"], type: .date, order: .dayFirst)
    #expect(date.values == .date([19_816, 0, 0]))
    #expect(date.text(at: 0) == "2024-04-03")
    #expect(date.text(at: 1) == "2024-02-30" && date.text(at: 2) == nil)

    let ts = buildColumn(["2024-01-01 12:00 AM", " 2024-01-01T10:00:00.25+01:00 ", "2024-01-01"], type: .timestamp)
    #expect(ts.values == .timestamp([micros(2024, 1, 1), micros(2024, 1, 1, 9, 0, 0, 250_000), micros(2024, 1, 1)]))
    #expect(ts.text(at: 1) == "2024-01-01 09:00:00.250000")
    #expect(ts.text(at: 2) == "2024-01-01 00:00:00")

    let ints = buildColumn(["007", "7"], type: .int64)
    #expect(ints.invalid == [InvalidCell(row: 0, text: "007")])
    #expect(ints.text(at: 0) == "007" && ints.text(at: 1) == "7")
}

@Test func invalidCellsKeepTheirOriginalUntrimmedText() {
    let column = buildColumn(["1", " 2x ", "3"], type: .int64)
    #expect(column.invalid == [InvalidCell(row: 1, text: " 2x ")])
    var out: [UInt8] = []
    #expect(column.appendText(row: 1, to: &out))
    #expect(String(decoding: out, as: UTF8.self) == " 2x ")
    #expect(column.validity[1] == false)
}

@Test func appendNullAndCountsAcrossManyRows() {
    var b = ColumnBuilder(name: "n", type: .int64, nullTokens: .default, capacity: 10)
    for i in 0..<200 {
        if i % 3 == 0 { b.appendNull() } else { withEmbeddedBytes(String(i)) { b.append($0) } }
    }
    #expect(b.count == 200)
    let c = b.finish()
    #expect(c.name == "n" && c.type == .int64 && c.count == 200)
    #expect(c.nullCount == 67 && c.invalidCount == 0)
    var out: [UInt8] = []
    #expect(c.appendText(row: 0, to: &out) == false && out.isEmpty)
    #expect(c.text(at: 199) == "199")
}
