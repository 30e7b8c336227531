import WortTestSupport
import Foundation
import Testing
import WortCore
@testable import WortIO

/// Hand-built workbooks: minimal parts with literal XML, one feature each.
@Suite struct XLSXReaderTests {
    @Test func inlineAndSharedStringsWithRichTextAndPhonetics() throws {
        let dir = TempDir(); defer { dir.cleanup() }
        let path = try XLSXFixture.workbook(sheets: [("S", """
        <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>inline</t></is></c></row>
        <row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="inlineStr"><is><r><t>ri</t></r><r><rPr><b/></rPr><t xml:space="preserve">ch </t></r></is></c></row>
        <row r="3"><c r="A3" t="s"><v>2</v></c><c r="B3" t="inlineStr"><is><t>a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#65;&#x42;&#xD55C;</t></is></c></row>
        """)], sharedStrings: [
            "<si><t>name</t></si>",
            "<si><r><t>Bold</t></r><r><rPr><i/></rPr><t xml:space=\"preserve\"> and italic</t></r><rPh sb=\"0\" eb=\"1\"><t>PHONETIC</t></rPh></si>",
            "<si><t>x_x000D_y</t></si>",
        ], in: dir)
        let r = try readXLSX(path) { $0.hasHeader = false }
        #expect(r.schema.names == ["Column_1", "Column_2"])
        #expect(r.rows == [["name", "inline"], ["Bold and italic", "rich "], ["x\ry", "a & b <c> \"d\" 'e' AB한"]])
    }

    @Test func numbersBooleansErrorsAndFormulaResults() throws {
        let dir = TempDir(); defer { dir.cleanup() }
        let path = try XLSXFixture.workbook(sheets: [("S", """
        <row r="1"><c r="A1" t="inlineStr"><is><t>i</t></is></c><c r="B1" t="inlineStr"><is><t>d</t></is></c><c r="C1" t="inlineStr"><is><t>b</t></is></c><c r="D1" t="inlineStr"><is><t>e</t></is></c><c r="E1" t="inlineStr"><is><t>f</t></is></c></row>
        <row r="2"><c r="A2"><v>1</v></c><c r="B2" t="n"><v>1.5</v></c><c r="C2" t="b"><v>1</v></c><c r="D2" t="e"><v>#DIV/0!</v></c><c r="E2" t="str"><f>A2&amp;"x"</f><v>1x</v></c></row>
        <row r="3"><c r="A3"><v>-20</v></c><c r="B3"><v>1E-3</v></c><c r="C3" t="b"><v>0</v></c><c r="D3" t="e"><v>#N/A</v></c><c r="E3"><f>A3*2</f><v>-40</v></c></row>
        <row r="4"><c r="A4"><f>SUM(A2:A3)</f></c><c r="B4"><v>100</v></c></row>
        """)], in: dir)
        let r = try readXLSX(path)
        #expect(r.schema.names == ["i", "d", "b", "e", "f"])
        // A formula without a cached value (A4) is an empty cell.
        #expect(types(r.schema) == [.int64, .double, .bool, .string, .string])
        #expect(r.rows == [["1", "1.5", "true", "#DIV/0!", "1x"],
                           ["-20", "0.001", "false", "#N/A", "-40"],
                           [nil, "100.0", nil, nil, nil]])
    }

    @Test func sparseCellsMissingRowsAndTrailingEmptyRows() throws {
        let dir = TempDir(); defer { dir.cleanup() }
        let path = try XLSXFixture.workbook(sheets: [("S", """
        <row r="2"><c r="A2"><v>1</v></c><c r="D2"><v>4</v></c></row>
        <row r="3" spans="1:4"><c r="B3" s="0"/></row>
        <row r="5"><c r="C5"><v>3</v></c></row>
        <row r="7"><c r="A7" s="0"/></row>
        <row r="9"/>
        """)], in: dir)
        let r = try readXLSX(path)
        #expect(r.schema.names == ["Column_1", "Column_2", "Column_3", "Column_4"])
        #expect(types(r.schema) == [.int64, .string, .int64, .int64])
        // Leading row 1 is not there; rows 3 and 4 are empty between data rows; 6-9 trail.
        #expect(r.rows == [["1", nil, nil, "4"], [nil, nil, nil, nil], [nil, nil, nil, nil], [nil, nil, "3", nil]])
    }

    @Test func cellsWithoutReferencesFollowThePreviousCell() throws {
        let dir = TempDir(); defer { dir.cleanup() }
        let path = try XLSXFixture.workbook(sheets: [("S", """
        <row><c><v>1</v></c><c><v>2</v></c><c r="E1"><v>5</v></c><c><v>6</v></c></row>
        <row><c r="B2"><v>7</v></c></row>
        """)], in: dir)
        let r = try readXLSX(path)
        #expect(r.rows == [["1", "2", nil, nil, "5", "6"], [nil, "7", nil, nil, nil, nil]])
    }

    @Test func dates1900SystemWithLeapYearBug() throws {
        let dir = TempDir(); defer { dir.cleanup() }
        let path = try XLSXFixture.workbook(sheets: [("S", """
        <row r="1"><c r="A1" t="inlineStr"><is><t>d</t></is></c></row>
        <row r="2"><c r="A2" s="1"><v>1</v></c></row>
        <row r="3"><c r="A3" s="1"><v>59</v></c></row>
        <row r="4"><c r="A4" s="1"><v>60</v></c></row>
        <row r="5"><c r="A5" s="1"><v>61</v></c></row>
        <row r="6"><c r="A6" s="1"><v>45292</v></c></row>
        """)], styles: XLSXFixture.styles(numFmtIds: [0, 14]), in: dir)
        let r = try readXLSX(path)
        #expect(types(r.schema) == [.date])
        // Serial 60 is Excel's 1900-02-29, which does not exist: an invalid cell.
        #expect(r.rows == [["1900-01-01"], ["1900-02-28"], ["!1900-02-29"], ["1900-03-01"], ["2024-01-01"]])
    }

    @Test func datesAndTimestampsIn1904System() throws {
        let dir = TempDir(); defer { dir.cleanup() }
        let path = try XLSXFixture.workbook(sheets: [("S", """
        <row r="1"><c r="A1" t="inlineStr"><is><t>d</t></is></c><c r="B1" t="inlineStr"><is><t>ts</t></is></c></row>
        <row r="2"><c r="A2" s="1"><v>0</v></c><c r="B2" s="2"><v>43830.5</v></c></row>
        <row r="3"><c r="A3" s="1"><v>43830</v></c><c r="B3" s="2"><v>43830</v></c></row>
        """)], styles: XLSXFixture.styles(numFmtIds: [0, 14, 22]), date1904: true, in: dir)
        let r = try readXLSX(path)
        #expect(types(r.schema) == [.date, .timestamp])
        #expect(r.rows == [["1904-01-01", "2024-01-01 12:00:00"], ["2024-01-01", "2024-01-01 00:00:00"]])
    }

    @Test func customDateFormatsAndNumberFormats() throws {
        let dir = TempDir(); defer { dir.cleanup() }
        let path = try XLSXFixture.workbook(sheets: [("S", """
        <row r="1"><c r="A1" s="1"><v>45306.25</v></c><c r="B1" s="2"><v>45306</v></c><c r="C1" s="3"><v>2.5</v></c><c r="D1" s="4"><v>0.5625</v></c><c r="E1" s="5"><v>45306</v></c></row>
        <row r="2"><c r="A2" s="1"><v>45307</v></c><c r="B2" s="2"><v>45307</v></c><c r="C2" s="3"><v>3</v></c><c r="D2" s="4"><v>1.25</v></c><c r="E2" s="5"><v>7</v></c></row>
        """)], styles: XLSXFixture.styles(numFmtIds: [0, 164, 165, 166, 167, 168], custom: [
            (164, "yyyy\\-mm\\-dd hh:mm"), (165, "[$-409]d\\ mmmm\\ yyyy;@"), (166, "0.00"), (167, "[h]:mm:ss"), (168, "\"day\" 0"),
        ]), in: dir)
        let r = try readXLSX(path) { $0.hasHeader = false }
        #expect(types(r.schema) == [.timestamp, .date, .double, .string, .int64])
        #expect(r.rows == [["2024-01-15 06:00:00", "2024-01-15", "2.5", "13:30:00", "45306"],
                           ["2024-01-16 00:00:00", "2024-01-16", "3.0", "30:00:00", "7"]])
    }

    @Test func formatCodeClassification() {
        #expect(XLSXStyles.kind(ofFormatCode: "0.00") == .number)
        #expect(XLSXStyles.kind(ofFormatCode: "#,##0;[Red]-#,##0") == .number)
        #expect(XLSXStyles.kind(ofFormatCode: "0.00E+00") == .number)
        #expect(XLSXStyles.kind(ofFormatCode: "\"Days: \"0") == .number)
        #expect(XLSXStyles.kind(ofFormatCode: "General") == .number)
        #expect(XLSXStyles.kind(ofFormatCode: "@") == .number)
        #expect(XLSXStyles.kind(ofFormatCode: "yyyy-mm-dd") == .date)
        #expect(XLSXStyles.kind(ofFormatCode: "d-mmm") == .date)
        #expect(XLSXStyles.kind(ofFormatCode: "mmm") == .date)
        #expect(XLSXStyles.kind(ofFormatCode: "[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy") == .date)
        #expect(XLSXStyles.kind(ofFormatCode: "m/d/yy h:mm AM/PM") == .date)
        #expect(XLSXStyles.kind(ofFormatCode: "h:mm AM/PM") == .time)
        #expect(XLSXStyles.kind(ofFormatCode: "mm:ss.0") == .time)
        #expect(XLSXStyles.kind(ofFormatCode: "[mm]") == .time)
        #expect(XLSXStyles.kind(ofBuiltIn: 14) == .date)
        #expect(XLSXStyles.kind(ofBuiltIn: 22) == .date)
        #expect(XLSXStyles.kind(ofBuiltIn: 20) == .time)
        #expect(XLSXStyles.kind(ofBuiltIn: 4) == .number)
    }

    @Test func mixedColumnsBecomeTextWithNumbersWrittenPlainly() throws {
        let dir = TempDir(); defer { dir.cleanup() }
        let path = try XLSXFixture.workbook(sheets: [("S", """
        <row r="1"><c r="A1" t="inlineStr"><is><t>mix</t></is></c><c r="B1" t="inlineStr"><is><t>textDates</t></is></c><c r="C1" t="inlineStr"><is><t>nulls</t></is></c></row>
        <row r="2"><c r="A2"><v>12</v></c><c r="B2" t="inlineStr"><is><t>2024-01-02</t></is></c><c r="C2" t="inlineStr"><is><t>NA</t></is></c></row>
        <row r="3"><c r="A3"><v>0.1</v></c><c r="B3" t="inlineStr"><is><t>2024-02-03</t></is></c><c r="C3"><v>5</v></c></row>
        <row r="4"><c r="A4" t="inlineStr"><is><t>text</t></is></c><c r="B4" t="inlineStr"><is><t>  </t></is></c><c r="C4"><v>6</v></c></row>
        <row r="5"><c r="A5" t="b"><v>1</v></c><c r="A5x" t="inlineStr"><is><t>ignored?</t></is></c></row>
        """)], in: dir)
        // "A5x" is no valid reference.
        #expect(throws: WortError.self) { try readXLSX(path) }

        let ok = try XLSXFixture.workbook(sheets: [("S", """
        <row r="1"><c r="A1" t="inlineStr"><is><t>mix</t></is></c><c r="B1" t="inlineStr"><is><t>textDates</t></is></c><c r="C1" t="inlineStr"><is><t>nulls</t></is></c></row>
        <row r="2"><c r="A2"><v>12</v></c><c r="B2" t="inlineStr"><is><t>2024-01-02</t></is></c><c r="C2" t="inlineStr"><is><t>NA</t></is></c></row>
        <row r="3"><c r="A3"><v>0.1</v></c><c r="B3" t="inlineStr"><is><t>2024-02-03</t></is></c><c r="C3"><v>5</v></c></row>
        <row r="4"><c r="A4" t="inlineStr"><is><t>text</t></is></c><c r="B4" t="inlineStr"><is><t>  </t></is></c><c r="C4"><v>6</v></c></row>
        <row r="5"><c r="A5" t="b"><v>1</v></c></row>
        """)], in: dir, name: "ok.xlsx")
        let r = try readXLSX(ok)
        #expect(types(r.schema) == [.string, .date, .string])
        #expect(r.rows == [["12", "2024-01-02", nil], ["0.1", "2024-02-03", "5"], ["text", nil, "6"], ["true", nil, nil]])

        let s = try readXLSX(ok) { $0.allStrings = true }
        #expect(types(s.schema) == [.string, .string, .string])
        #expect(s.rows == [["12", "2024-01-02", "NA"], ["0.1", "2024-02-03", "5"], ["text", "  ", "6"], ["true", nil, nil]])
    }

    @Test func headerDetectionAndNames() throws {
        let dir = TempDir(); defer { dir.cleanup() }
        // Text over numbers: a header, with an empty name and a repeat.
        let a = try XLSXFixture.workbook(sheets: [("S", """
        <row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c><c r="C1" t="inlineStr"><is><t>x</t></is></c></row>
        <row r="2"><c r="A2"><v>1</v></c><c r="B2"><v>2</v></c><c r="C2"><v>3</v></c></row>
        """)], in: dir, name: "a.xlsx")
        let ra = try readXLSX(a)
        #expect(ra.schema.names == ["x", "Column_2", "x_2"])
        #expect(ra.rows == [["1", "2", "3"]])
        // A number in the first row: no header.
        let b = try XLSXFixture.workbook(sheets: [("S", """
        <row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c><c r="B1"><v>1</v></c></row>
        <row r="2"><c r="A2" t="inlineStr"><is><t>y</t></is></c><c r="B2"><v>2</v></c></row>
        """)], in: dir, name: "b.xlsx")
        let rb = try readXLSX(b)
        #expect(rb.schema.names == ["Column_1", "Column_2"])
        #expect(rb.rows.count == 2)
        // All text: a header by default; forced off, the names are Column_k.
        let c = try XLSXFixture.workbook(sheets: [("S", """
        <row r="1"><c r="A1" t="inlineStr"><is><t>k</t></is></c></row>
        <row r="2"><c r="A2" t="inlineStr"><is><t>v</t></is></c></row>
        """)], in: dir, name: "c.xlsx")
        #expect(try readXLSX(c).schema.names == ["k"])
        let rc = try readXLSX(c) { $0.hasHeader = false }
        #expect(rc.schema.names == ["Column_1"])
        #expect(rc.rows == [["k"], ["v"]])
        // Text dates in the first row over text dates: data.
        let d = try XLSXFixture.workbook(sheets: [("S", """
        <row r="1"><c r="A1" t="inlineStr"><is><t>2024-01-01</t></is></c></row>
        <row r="2"><c r="A2" t="inlineStr"><is><t>2024-01-02</t></is></c></row>
        """)], in: dir, name: "d.xlsx")
        let rd = try readXLSX(d)
        #expect(rd.schema.names == ["Column_1"])
        #expect(types(rd.schema) == [.date])
        // Forced header over a number row: names are the values' text.
        let re = try readXLSX(b) { $0.hasHeader = true }
        #expect(re.schema.names == ["x", "1"])
    }

    @Test func sheetChoiceByNameCaseAndIndex() throws {
        let dir = TempDir(); defer { dir.cleanup() }
        let path = try XLSXFixture.workbook(sheets: [
            ("First", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>one</t></is></c></row>"),
            ("Zweite &amp; mehr", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>two</t></is></c></row>"),
        ], in: dir)
        #expect(try XLSXReader.sheetNames(of: path) == ["First", "Zweite & mehr"])
        #expect(try readXLSX(path).schema.names == ["one"])
        #expect(try readXLSX(path) { $0.sheet = "Zweite & mehr" }.schema.names == ["two"])
        #expect(try readXLSX(path) { $0.sheet = "zweite & MEHR" }.schema.names == ["two"])
        #expect(try readXLSX(path) { $0.sheet = "2" }.schema.names == ["two"])
        #expect(try readXLSX(path) { $0.sheet = "1" }.schema.names == ["one"])
        let e = wortError { _ = try readXLSX(path) { $0.sheet = "Third" } }
        #expect(e?.kind == .usage)
        #expect(e?.message == "no sheet 'Third' in \(path)")
        #expect(e?.hint == "sheets: First, Zweite & mehr")
        #expect(wortError { _ = try readXLSX(path) { $0.sheet = "3" } }?.kind == .usage)
    }

    @Test func batchesAcrossGapsAndEmptySheets() throws {
        let dir = TempDir(); defer { dir.cleanup() }
        var rows = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>n</t></is></c></row>"
        for i in 2...50 where i % 7 != 0 { rows += "<row r=\"\(i)\"><c r=\"A\(i)\"><v>\(i)</v></c></row>" }
        let path = try XLSXFixture.workbook(sheets: [("S", rows), ("Empty", "")], in: dir)
        let r = try XLSXReader(source: .file(path), options: { var o = ReadOptions(); o.batchRows = 4; return o }())
        var all: [String?] = []
        var sizes: [Int] = []
        while let b = try r.nextBatch() { sizes.append(b.rowCount); for i in 0..<b.rowCount { all.append(b.columns[0].text(at: i)) } }
        #expect(all == (2...50).map { $0 % 7 == 0 ? nil : String($0) })
        #expect(sizes.allSatisfy { $0 <= 4 } && sizes.reduce(0, +) == 49)
        #expect(r.progress.done == r.progress.total)

        let empty = try readXLSX(path) { $0.sheet = "Empty" }
        #expect(empty.schema.fields.isEmpty && empty.rows.isEmpty)
    }

    @Test func prefixedNamespacesAndAbsoluteTargets() throws {
        // Some producers write prefixed elements (x:row); names are matched by local part.
        let dir = TempDir(); defer { dir.cleanup() }
        let sheet = """
        <?xml version="1.0" encoding="UTF-8"?>
        <x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>h</x:t></x:is></x:c></x:row><x:row r="2"><x:c r="A2"><x:v>2</x:v></x:c></x:row></x:sheetData></x:worksheet>
        """
        let wb = """
        <x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:sheets><x:sheet name="P" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>
        """
        let rels = """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/s.xml"/></Relationships>
        """
        let path = try XLSXFixture.zip([("xl/workbook.xml", Array(wb.utf8)), ("xl/_rels/workbook.xml.rels", Array(rels.utf8)),
                                        ("xl/worksheets/s.xml", Array(sheet.utf8))], in: dir)
        let r = try readXLSX(path)
        #expect(r.schema.names == ["h"])
        #expect(types(r.schema) == [.int64])
        #expect(r.rows == [["2"]])
    }
}

/// Files that are not .xlsx, or damaged ones: a WortError (.data), never a crash or hang.
@Suite struct XLSXCorruptInputTests {
    @Test func textFileNamedXlsx() throws {
        let dir = TempDir(); defer { dir.cleanup() }
        let path = dir.file("fake.xlsx", "a,b\n1,2\n")
        let e = wortError { _ = try XLSXReader(source: .file(path), options: ReadOptions()) }
        #expect(e?.kind == .data)
        #expect(e?.message == "not an .xlsx file (not a zip archive)")
        #expect(e?.location == SourceLocation(file: path))
        let empty = dir.file("empty.xlsx", "")
        #expect(wortError { _ = try XLSXReader(source: .file(empty), options: ReadOptions()) }?.kind == .data)
        #expect(wortError { _ = try XLSXReader.sheetNames(of: path) }?.kind == .data)
    }

    @Test func zipWithoutWorkbook() throws {
        let dir = TempDir(); defer { dir.cleanup() }
        let path = try XLSXFixture.zip([("word/document.xml", Array("<w:document/>".utf8))], in: dir)
        let e = wortError { _ = try XLSXReader(source: .file(path), options: ReadOptions()) }
        #expect(e?.kind == .data)
        #expect(e?.message.contains("no xl/workbook.xml") == true)
        #expect(e?.hint == "this looks like a Word document")
    }

    @Test func truncatedZip() throws {
        let dir = TempDir(); defer { dir.cleanup() }
        var rows = ""
        for i in 1...300 { rows += "<row r=\"\(i)\"><c r=\"A\(i)\"><v>\(i * 7919 % 1000)</v></c><c r=\"B\(i)\" t=\"inlineStr\"><is><t>row \(i)</t></is></c></row>" }
        let path = try XLSXFixture.workbook(sheets: [("S", rows)], in: dir)
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        for cut in [bytes.count - 10, bytes.count / 2, 100, 30] {
            let p = dir.file("cut\(cut).xlsx", Array(bytes[0..<cut]))
            let e = wortError { _ = try readXLSX(p) }
            #expect(e?.kind == .data, "cut at \(cut)")
        }
        // Damaged compressed data inside a complete archive: a checksum or inflate error.
        var flipped = bytes
        if let at = findSheetData(in: bytes) { for k in at..<(at + 40) { flipped[k] ^= 0x5A } }
        let p = dir.file("flipped.xlsx", flipped)
        #expect(wortError { _ = try readXLSX(p) }?.kind == .data)
    }

    /// The offset of the sheet part's compressed data (after its local header).
    private func findSheetData(in bytes: [UInt8]) -> Int? {
        let name = Array("xl/worksheets/sheet1.xml".utf8)
        guard bytes.count > name.count else { return nil }
        for i in 30..<(bytes.count - name.count) where bytes[i..<(i + name.count)].elementsEqual(name) {
            if bytes[i - 30] == 0x50 && bytes[i - 29] == 0x4B && bytes[i - 28] == 3 {
                let extra = Int(bytes[i - 2]) | Int(bytes[i - 1]) << 8
                return i + name.count + extra + 10
            }
        }
        return nil
    }

    @Test func missingSheetPartAndMalformedXML() throws {
        let dir = TempDir(); defer { dir.cleanup() }
        let good = try XLSXFixture.workbook(sheets: [("S", "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")], in: dir)
        // Drop the sheet part.
        let archiveParts = try partsOf(good).filter { $0.0 != "xl/worksheets/sheet1.xml" }
        let missing = try XLSXFixture.zip(archiveParts, in: dir, name: "missing.xlsx")
        let e = wortError { _ = try readXLSX(missing) }
        #expect(e?.kind == .data)
        #expect(e?.message.contains("xl/worksheets/sheet1.xml") == true)

        for (name, data) in [("unclosed", "<row r=\"1\"><c r=\"A1\"><v>1</v></c>"),
                             ("mismatch", "<row r=\"1\"><c r=\"A1\"><v>1</c></v></row>"),
                             ("entity", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&bogus;</t></is></c></row>"),
                             ("attr", "<row r=\"1\"><c r=A1><v>1</v></c></row>"),
                             ("notnumber", "<row r=\"1\"><c r=\"A1\"><v>abc</v></c></row>"),
                             ("badshared", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>5</v></c></row>")] {
            let p = try XLSXFixture.workbook(sheets: [("S", data)], in: dir, name: name + ".xlsx")
            let e = wortError { _ = try readXLSX(p) }
            #expect(e?.kind == .data, "\(name)")
            #expect(e?.location?.file == p, "\(name)")
        }
        let m = try XLSXFixture.workbook(sheets: [("S", "<row r=\"1\"><c r=\"A1\"><v>1</c></v></row>")], in: dir, name: "m2.xlsx")
        #expect(wortError { _ = try readXLSX(m) }?.message.hasPrefix("malformed XML in xl/worksheets/sheet1.xml at line 2") == true)
    }

    private func partsOf(_ path: String) throws -> [(String, [UInt8])] {
        let pkg = try XLSXPackage(source: .file(path))
        return try ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml"]
            .compactMap { p in try pkg.part(p).map { (p, Array($0.bytes)) } }
    }
}

/// Damaged bytes anywhere in the parts: an error or a table, never a crash or a hang.
@Suite struct XLSXMutationTests {
    @Test func mutatedPartsFailCleanly() throws {
        let dir = TempDir(); defer { dir.cleanup() }
        let sheet = """
        <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><r><t>x &amp; y</t></r></is></c><c r="C1" s="1"><v>45000.5</v></c></row>
        <row r="3"><c r="A3" t="e"><v>#REF!</v></c><c r="B3" t="b"><v>1</v></c><c r="D3"><f>A1</f><v>12.5</v></c></row>
        """
        let shared = ["<si><t>a</t></si>", "<si><r><t>b</t></r><rPh><t>c</t></rPh></si>"]
        let styles = XLSXFixture.styles(numFmtIds: [0, 22], custom: [(164, "yyyy")])
        var rng = SeededGenerator(seed: 42)
        var outcomes = (ok: 0, failed: 0)
        for round in 0..<150 {
            var s = Array(sheet.utf8), sst = shared.joined(), st = Array(styles.utf8)
            let target = round % 3
            for _ in 0...(round % 4) {
                switch target {
                case 0: s[Int(rng.next() % UInt64(s.count))] = Self.noise(&rng)
                case 1:
                    var b = Array(sst.utf8); b[Int(rng.next() % UInt64(b.count))] = Self.noise(&rng)
                    sst = String(decoding: b, as: UTF8.self)
                default: st[Int(rng.next() % UInt64(st.count))] = Self.noise(&rng)
                }
            }
            let path = try XLSXFixture.workbook(sheets: [("S", String(decoding: s, as: UTF8.self))], sharedStrings: [sst],
                                                styles: String(decoding: st, as: UTF8.self), in: dir, name: "m\(round).xlsx")
            do {
                _ = try readXLSX(path)
                outcomes.ok += 1
            } catch let e as WortError {
                #expect(e.kind == .data, "round \(round): \(e)")
                outcomes.failed += 1
            }
        }
        #expect(outcomes.ok > 0 && outcomes.failed > 0)
    }

    private static func noise(_ rng: inout SeededGenerator) -> UInt8 {
        let picks: [UInt8] = Array("<>/&;\"'=#x0 9AZ".utf8) + [0xFF, 0x00, 0xC3]
        return picks[Int(rng.next() % UInt64(picks.count))]
    }
}

