import Foundation
import Testing
import WortCore
@testable import WortIO

@Suite struct CSVReaderTests {
    @Test func quotedDelimitersDoubledQuotesAndNewlines() throws {
        let t = TempDir(); defer { t.cleanup() }
        let p = t.file("a.csv", "id,text\r\n1,\"a, b\"\r\n2,\"say \"\"hi\"\"\"\r\n3,\"line1\nline2\"\r\n4,plain")
        let (names, rows, _) = try readCSV(p)
        #expect(names == ["id", "text"])
        #expect(rows == [["1", "a, b"], ["2", "say \"hi\""], ["3", "line1\nline2"], ["4", "plain"]])
    }

    @Test func byteOrderMarkIsNotPartOfTheFirstName() throws {
        let t = TempDir(); defer { t.cleanup() }
        let p = t.file("bom.csv", [0xEF, 0xBB, 0xBF] + Array("name,age\nAna,3\n".utf8))
        let (names, rows, _) = try readCSV(p)
        #expect(names == ["name", "age"])
        #expect(rows == [["Ana", "3"]])
    }

    @Test(arguments: [(";", UInt8(0x3B)), ("\t", 0x09), ("|", 0x7C), (",", 0x2C)])
    func delimiterIsSniffed(sep: String, byte: UInt8) throws {
        let t = TempDir(); defer { t.cleanup() }
        let text = ["name\(sep)city\(sep)n", "Zoë\(sep)São Paulo\(sep)1", "김민준\(sep)서울\(sep)2", "\"x\(sep)y\"\(sep)z\(sep)3"].joined(separator: "\n")
        let p = t.file("d.txt", text)
        let (names, rows, reader) = try readCSV(p)
        #expect(reader.dialect.delimiter == byte)
        #expect(names == ["name", "city", "n"])
        #expect(rows.last == ["x\(sep)y", "z", "3"])
    }

    @Test func headerlessNumericFileGetsColumnNames() throws {
        let t = TempDir(); defer { t.cleanup() }
        let p = t.file("n.csv", "1,2.5,2024-01-02\n2,3.5,2024-01-03\n3,4.5,2024-01-04\n")
        let (names, rows, reader) = try readCSV(p) { $0.allStrings = false }
        // Needs real type evidence: with it, the first row looks like data.
        if reader.schema.fields[0].type != .string {
            #expect(names == ["Column_1", "Column_2", "Column_3"])
            #expect(rows.count == 3)
        }
        let (n2, r2, _) = try readCSV(p) { $0.allStrings = true; $0.hasHeader = false }
        #expect(n2 == ["Column_1", "Column_2", "Column_3"])
        #expect(r2.first == ["1", "2.5", "2024-01-02"])
    }

    @Test func emptyAndRepeatedHeaderNamesAreMadeUnique() throws {
        let t = TempDir(); defer { t.cleanup() }
        let p = t.file("h.csv", "a,,a,a\n1,2,3,4\n")
        let (names, _, _) = try readCSV(p)
        #expect(names == ["a", "Column_2", "a_2", "a_3"])
    }

    @Test func raggedRowNamesTheLineAndCountsTheRest() throws {
        let t = TempDir(); defer { t.cleanup() }
        let p = t.file("r.csv", "a,b,c\n1,2,3\n\"multi\nline\",2,3\n4,5\n6,7,8\n9\n1,2,3,4\n")
        let e = wortError { _ = try readCSV(p) }
        #expect(e?.kind == .data)
        #expect(e?.location?.line == 5)
        #expect(e?.message.contains("row has 2 fields, expected 3") == true)
        #expect(e?.message.contains("and 2 more rows") == true)

        let (_, skipped, reader) = try readCSV(p) { $0.allStrings = true; $0.onBadRows = .skip }
        #expect(skipped.map { $0[0] } == ["1", "multi\nline", "6"])
        #expect(reader.skippedRows == 3)

        let padError = wortError { _ = try readCSV(p) { $0.allStrings = true; $0.onBadRows = .pad } }
        #expect(padError?.location?.line == 8)  // too many fields cannot be padded
        let q = t.file("pad.csv", "a,b,c\n1\n2,3\n")
        let (_, padded, _) = try readCSV(q) { $0.allStrings = true; $0.onBadRows = .pad }
        #expect(padded == [["1", nil, nil], ["2", "3", nil]])
    }

    @Test func unterminatedQuoteIsReportedWhereItStarts() throws {
        let t = TempDir(); defer { t.cleanup() }
        let p = t.file("q.csv", "a,b\n1,2\n3,\"never closed\n4,5\n")
        let e = wortError { _ = try readCSV(p) }
        #expect(e?.location?.line == 3)
        #expect(e?.message.contains("never closes") == true)
    }

    @Test func invalidUTF8IsAnErrorWithItsLine() throws {
        let t = TempDir(); defer { t.cleanup() }
        let p = t.file("u.csv", Array("a,b\n1,2\n".utf8) + [0x33, 0x2C, 0xC3, 0x28, 0x0A])
        let e = wortError { _ = try readCSV(p) { $0.allStrings = true; $0.encoding = .utf8 } }
        #expect(e?.location?.line == 3)
        #expect(e?.message.contains("invalid UTF-8") == true)
    }

    @Test func emptyFileAndMissingFileAndDirectoryAreClearErrors() throws {
        let t = TempDir(); defer { t.cleanup() }
        let empty = t.file("e.csv", "")
        #expect(wortError { _ = try readCSV(empty) }?.message.contains("empty") == true)
        #expect(wortError { _ = try readCSV(t.path + "/missing.csv") }?.message.contains("No such file") == true)
        #expect(wortError { _ = try readCSV(t.path) }?.message.contains("directory") == true)
    }

    @Test func headerOnlyFileHasColumnsAndNoRows() throws {
        let t = TempDir(); defer { t.cleanup() }
        let p = t.file("h.csv", "x,y\n")
        let (names, rows, _) = try readCSV(p)
        #expect(names == ["x", "y"])
        #expect(rows.isEmpty)
    }

    /// Many chunks, with quoted newlines and quotes falling on every chunk boundary.
    @Test func largeFileSplitsAtSafeBoundaries() throws {
        let t = TempDir(); defer { t.cleanup() }
        var expected: [[String?]] = []
        var text = "id,note,name\n"
        var rng = SystemRandomNumberGenerator()
        let pieces = ["plain", "with, comma", "with \"quote\"", "multi\nline\ntext", "", "  spaced  ", "東京,서울", "x\r\ny"]
        for i in 0..<6_000 {
            let note = pieces[Int.random(in: 0..<pieces.count, using: &rng)] + String(repeating: "z", count: i % 37)
            let name = pieces[i % pieces.count]
            expected.append(["\(i)", note, name])
            func enc(_ s: String) -> String {
                s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
                    ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
            }
            text += "\(i),\(enc(note)),\(enc(name))\n"
        }
        let p = t.file("big.csv", text)
        // Blocks of 1 KB: hundreds of chunks, boundaries inside quoted fields and CRLFs.
        let (_, rows, _) = try readCSV(p) { $0.allStrings = true; $0.blockBytes = 1024 }
        #expect(rows.count == expected.count)
        #expect(rows == expected)
    }

    /// Quotes inside unquoted fields are ordinary characters: they must not make the
    /// chunk cutter think a quoted field started (which would cut records apart).
    @Test func strayQuotesInUnquotedFieldsDoNotMoveChunkBoundaries() throws {
        let t = TempDir(); defer { t.cleanup() }
        var text = "height,note\n"
        var expected: [[String?]] = []
        for i in 0..<3_000 {
            let height = "5'\(i % 12)\""
            let note = i % 3 == 0 ? "\"multi\nline \(i)\"" : "n\(i)"
            text += "\(height),\(note)\n"
            expected.append([height, i % 3 == 0 ? "multi\nline \(i)" : "n\(i)"])
        }
        let p = t.file("stray.csv", text)
        let (_, rows, _) = try readCSV(p) { $0.allStrings = true; $0.blockBytes = 700; $0.delimiter = 0x2C }
        #expect(rows == expected)
    }
}

@Suite struct CSVLegacyTextTests {
    @Test func utf16WithAndWithoutByteOrderMark() throws {
        let t = TempDir(); defer { t.cleanup() }
        func utf16(_ s: String, bigEndian: Bool, bom: Bool) -> [UInt8] {
            var out: [UInt8] = bom ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []
            for u in s.utf16 { out += bigEndian ? [UInt8(u >> 8), UInt8(u & 0xFF)] : [UInt8(u & 0xFF), UInt8(u >> 8)] }
            return out
        }
        let text = "name\tcity\r\n김민준\t서울\r\nZoë\t🎉 São Paulo\r\n"
        for (be, bom) in [(false, true), (true, true), (false, false)] {
            let p = t.file("u\(be)\(bom).txt", utf16(text, bigEndian: be, bom: bom))
            let (names, rows, reader) = try readCSV(p)
            #expect(reader.encoding == (be ? .utf16be : .utf16le))
            #expect(names == ["name", "city"])
            #expect(rows == [["김민준", "서울"], ["Zoë", "🎉 São Paulo"]])
        }
    }

    @Test func carriageReturnAloneEndsLines() throws {
        let t = TempDir(); defer { t.cleanup() }
        let p = t.file("mac.csv", "a,b\r1,2\r3,\"x y\"\r")
        let (names, rows, _) = try readCSV(p)
        #expect(names == ["a", "b"])
        #expect(rows == [["1", "2"], ["3", "x y"]])
    }
}

@Suite struct CSVTypeScanTests {
    /// With `keepInvalidAsText`, a column is typed only when every value fits; the scan may
    /// stop observing a column early, but the types it reports must equal a full scan's.
    @Test func exactTypesMatchAFullScan() throws {
        let t = TempDir(); defer { t.cleanup() }
        var text = "id,code,when,mixed,flag\n"
        for i in 0..<5_000 {
            let mixed = i == 4_000 ? "n/a-ish" : "\(i)"
            text += "\(i),\(i == 3 ? "A1" : "\(i % 7)"),2024-01-\(String(format: "%02d", i % 28 + 1)),\(mixed),\(i % 2 == 0)\n"
        }
        let p = t.file("scan.csv", text)
        var full = ReadOptions(); full.blockBytes = 2048
        var exact = full; exact.keepInvalidAsText = true
        let a = try CSVTypeScan.run(.file(p), options: full).types(threshold: 0.95, keepInvalidAsText: true)
        let b = try CSVTypeScan.run(.file(p), options: exact).types(threshold: 0.95, keepInvalidAsText: true)
        #expect(a == b)
        #expect(b.map(\.type) == [.int64, .string, .date, .string, .bool])
        // Without the option the 95% rule keeps `mixed` and `code` typed, with invalid cells.
        let loose = try CSVTypeScan.run(.file(p), options: full).types(threshold: 0.95)
        #expect(loose.map(\.type) == [.int64, .int64, .date, .int64, .bool])
    }
}
