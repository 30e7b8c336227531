import Foundation
import Testing
import WortCore
import ZIPFoundation
@testable import WortIO

/// Builds .xlsx files from literal XML parts for the XLSX tests.
enum XLSXFixture {
    static let contentTypes = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>
    """
    static let packageRels = """
    <?xml version="1.0" encoding="UTF-8"?>
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
    """

    /// A zip of `parts` (path → contents), deflated, written to a new temporary file.
    static func zip(_ parts: [(String, [UInt8])], in dir: TempDir, name: String = "book.xlsx") throws -> String {
        let path = dir.path + "/" + name
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        for (p, bytes) in parts {
            let data = Data(bytes)
            try archive.addEntry(with: p, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { pos, size in
                data.subdata(in: Int(pos)..<Int(pos) + size)
            }
        }
        return path
    }

    /// A workbook of `sheets` (name, `<sheetData>` contents) with optional shared strings
    /// (`<si>` items), cell formats (`styles` is the whole styles.xml) and 1904 dates.
    static func workbook(sheets: [(String, String)], sharedStrings: [String]? = nil, styles: String? = nil,
                         date1904: Bool = false, in dir: TempDir, name: String = "book.xlsx") throws -> String {
        var parts: [(String, [UInt8])] = [
            ("[Content_Types].xml", Array(contentTypes.utf8)),
            ("_rels/.rels", Array(packageRels.utf8)),
        ]
        var sheetList = "", rels = ""
        for (i, (sheetName, _)) in sheets.enumerated() {
            sheetList += "<sheet name=\"\(sheetName)\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 1)\"/>"
            rels += "<Relationship Id=\"rId\(i + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\(i + 1).xml\"/>"
        }
        rels += "<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        rels += "<Relationship Id=\"rIdT\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
        parts.append(("xl/workbook.xml", Array("""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\(date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>")<sheets>\(sheetList)</sheets></workbook>
        """.utf8)))
        parts.append(("xl/_rels/workbook.xml.rels", Array("""
        <?xml version="1.0" encoding="UTF-8"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\(rels)</Relationships>
        """.utf8)))
        for (i, (_, data)) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(i + 1).xml", Array("""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\(data)</sheetData></worksheet>
            """.utf8)))
        }
        if let sharedStrings {
            parts.append(("xl/sharedStrings.xml", Array("""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="\(sharedStrings.count)" uniqueCount="\(sharedStrings.count)">\(sharedStrings.joined())</sst>
            """.utf8)))
        }
        if let styles { parts.append(("xl/styles.xml", Array(styles.utf8))) }
        return try zip(parts, in: dir, name: name)
    }

    /// styles.xml whose cellXfs are `numFmtIds` in order, with custom formats `custom` (id, code).
    static func styles(numFmtIds: [Int], custom: [(Int, String)] = []) -> String {
        let fmts = custom.isEmpty ? "" : "<numFmts count=\"\(custom.count)\">" + custom.map {
            "<numFmt numFmtId=\"\($0.0)\" formatCode=\"\($0.1.replacingOccurrences(of: "\"", with: "&quot;"))\"/>"
        }.joined() + "</numFmts>"
        let xfs = numFmtIds.map { "<xf numFmtId=\"\($0)\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>" }.joined()
        return """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\(fmts)<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="\(numFmtIds.count)">\(xfs)</cellXfs></styleSheet>
        """
    }
}

/// Reads a whole .xlsx: the schema and every row as cell texts (nil = null, `!text` = invalid).
func readXLSX(_ path: String, _ configure: (inout ReadOptions) -> Void = { _ in }) throws -> (schema: Schema, rows: [[String?]]) {
    var o = ReadOptions()
    configure(&o)
    let r = try XLSXReader(source: .file(path), options: o)
    var rows: [[String?]] = []
    while let b = try r.nextBatch() {
        #expect(b.schema == r.schema)
        for i in 0..<b.rowCount {
            rows.append(b.columns.map { c in
                c.validity[i] ? c.text(at: i) : c.invalidText(at: i).map { "!" + $0 }
            })
        }
    }
    #expect(rows.count == r.rowCount)
    return (r.schema, rows)
}

/// The types of a schema, for short expectations.
func types(_ s: Schema) -> [DataType] { s.fields.map(\.type) }
