import Foundation
import Testing
import WortCore
@testable import WortIO

/// The byte-level XML tokenizer and the date serial arithmetic, on their own.
@Suite struct XLSXScannerTests {
    /// Tokens of `xml` as short strings: <name a=v>, </name>, "text".
    private func tokens(_ xml: String) throws -> [String] {
        let bytes = Array(xml.utf8)
        return try bytes.withUnsafeBufferPointer { p in
            var s = XMLScanner(p)
            var out: [String] = []
            while true {
                switch try s.next() {
                case .eof: return out
                case .start:
                    var t = "<" + s.string(s.name)
                    for k in 0..<s.attributeCount {
                        var v: [UInt8] = []
                        try s.decode(s.attributeValues[k], into: &v)
                        t += " \(s.string(s.attributeNames[k]))=\(String(decoding: v, as: UTF8.self))"
                    }
                    out.append(t + (s.isEmptyElement ? "/>" : ">"))
                case .end: out.append("</" + s.string(s.name) + ">")
                case .text:
                    var v: [UInt8] = []
                    try s.appendText(into: &v)
                    out.append("\"" + String(decoding: v, as: UTF8.self) + "\"")
                }
            }
        }
    }

    @Test func elementsAttributesTextAndEntities() throws {
        let xml = "\u{FEFF}<?xml version=\"1.0\"?>\n<!-- c -- c --><x:a p='1 &amp; 2' q=\"&lt;&#x41;&#66;\"><b/><![CDATA[<raw & text>]]>t&gt;&quot;&apos;<x:c\n r = \"5\" /></x:a>"
        #expect(try tokens(xml) == ["\"\n\"", "<a p=1 & 2 q=<AB>", "<b/>", "\"<raw & text>\"", "\"t>\"'\"", "<c r=5/>", "</a>"])
    }

    @Test func malformedDocumentsThrow() {
        for bad in ["<a><b></a></b>", "<a>", "<a b=c/>", "<a>&nope;</a>", "<a>&#xZZ;</a>", "<a>&#0;</a>", "<a b=\"1\"c=\"2\"/>",
                    "</a>", "<a><!-- open", "<a><![CDATA[x", "<a b=\"x", "<a>< b/></a>", "<a>&amp</a>"] {
            #expect(throws: XMLScanner.Malformed.self, "\(bad)") { _ = try tokens(bad) }
        }
    }

    @Test func dateSerials() {
        func text(_ serial: Double, _ date1904: Bool = false) -> String {
            var out: [UInt8] = []
            XLSXValueText.appendDate(serial, date1904: date1904, to: &out)
            return String(decoding: out, as: UTF8.self)
        }
        #expect(text(1) == "1900-01-01")
        #expect(text(59) == "1900-02-28")
        #expect(text(59.5) == "1900-02-28 12:00:00")
        #expect(text(60) == "1900-02-29")                  // not a date: reported as text
        #expect(XLSXDates.convert(60, date1904: false) == .invalid)
        #expect(XLSXDates.convert(60.25, date1904: false) == .invalid)
        #expect(text(60.25) == "1900-02-29 06:00:00")
        #expect(text(61) == "1900-03-01")
        #expect(text(2_958_465) == "9999-12-31")
        #expect(XLSXDates.convert(2_958_466, date1904: false) == .invalid)
        #expect(XLSXDates.convert(.infinity, date1904: false) == .invalid)
        #expect(text(0, true) == "1904-01-01")
        #expect(text(60, true) == "1904-03-01")
        // Milliseconds are rounded; a time that rounds to midnight moves to the next day.
        #expect(text(45292.999_999_999) == "2024-01-02")
        #expect(text(45292 + 1.5 / 86_400) == "2024-01-01 00:00:01.500000")
        var t: [UInt8] = []
        XLSXDates.appendTime(0.75, to: &t)
        #expect(String(decoding: t, as: UTF8.self) == "18:00:00")
        var n: [UInt8] = []
        XLSXValueText.appendNumber(3e9, to: &n)
        n.append(0x20)
        XLSXValueText.appendNumber(0.1, to: &n)
        #expect(String(decoding: n, as: UTF8.self) == "3000000000 0.1")
    }

    @Test func isoDateCellsInvalidSerialsAndKeepInvalidAsText() throws {
        let dir = TempDir(); defer { dir.cleanup() }
        let path = try XLSXFixture.workbook(sheets: [("S", """
        <row r="1"><c r="A1" t="d"><v>2024-01-02T10:00:00</v></c><c r="B1" s="1"><v>60</v></c></row>
        <row r="2"><c r="A2" t="d"><v>2024-01-03T11:30:00</v></c><c r="B2" s="1"><v>61</v></c></row>
        """)], styles: XLSXFixture.styles(numFmtIds: [0, 14]), in: dir)
        let r = try readXLSX(path) { $0.hasHeader = false }
        #expect(types(r.schema) == [.timestamp, .date])
        #expect(r.rows == [["2024-01-02 10:00:00", "!1900-02-29"], ["2024-01-03 11:30:00", "1900-03-01"]])
        let k = try readXLSX(path) { $0.hasHeader = false; $0.keepInvalidAsText = true }
        #expect(types(k.schema) == [.timestamp, .string])
        #expect(k.rows.map { $0[1] } == ["1900-02-29", "1900-03-01"])
    }
}
