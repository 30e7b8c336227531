import Foundation
import WortCore
import ZIPFoundation

/// An .xlsx file opened as a zip archive: its parts by path, the workbook's sheets (from
/// `xl/workbook.xml` and its relationships) and its date system.
final class XLSXPackage {
    struct Sheet: Equatable {
        var name: String
        /// The sheet's part, e.g. `xl/worksheets/sheet1.xml`; nil when no relationship names one.
        var path: String?
        /// False for chart, dialog and macro sheets, which hold no cells to read.
        var isWorksheet: Bool
    }

    /// The name used in messages.
    let file: String
    let sheets: [Sheet]
    /// `<workbookPr date1904="1"/>`: serial 0 is 1904-01-01 instead of 1899-12-31.
    let date1904: Bool
    /// The path of the workbook part (normally `xl/workbook.xml`).
    let workbookPath: String
    /// The shared string table and the cell formats (when the workbook has them).
    let sharedStringsPath: String
    let stylesPath: String

    private let archive: Archive
    private var entries: [String: Entry] = [:]
    private var entriesFolded: [String: Entry] = [:]

    init(source: InputSource) throws {
        file = source.displayName
        let location = SourceLocation(file: file)
        // Files are read through the archive's own file handle; standard input is read
        // into memory first (a zip's directory is at its end).
        var data: Data? = nil
        var magic: [UInt8] = []
        var isEmpty = false
        switch source {
        case .file(let path):
            var st = stat()
            guard stat(path, &st) == 0 else {
                throw WortError.io("cannot open: \(String(cString: strerror(errno)))", at: location)
            }
            if (st.st_mode & S_IFMT) == S_IFDIR { throw WortError.io("is a directory, not a file", at: location) }
            guard let h = FileHandle(forReadingAtPath: path) else {
                throw WortError.io("cannot open: \(String(cString: strerror(errno)))", at: location)
            }
            magic = [UInt8]((try? h.read(upToCount: 4)) ?? Data())
            try? h.close()
            isEmpty = magic.isEmpty
        case .stdin:
            let d = FileHandle.standardInput.readDataToEndOfFile()
            magic = [UInt8](d.prefix(4))
            isEmpty = d.isEmpty
            data = d
        }
        // Zip archives start with a local file header ("PK\3\4"); an empty one is just
        // the end record ("PK\5\6").
        guard magic == [0x50, 0x4B, 0x03, 0x04] || magic == [0x50, 0x4B, 0x05, 0x06] else {
            throw WortError.data("not an .xlsx file (not a zip archive)", at: location,
                                 hint: isEmpty ? "the file is empty" : Self.guessKind(magic))
        }
        do {
            if case .file(let path) = source {
                archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
            } else {
                archive = try Archive(data: data ?? Data(), accessMode: .read)
            }
        } catch {
            throw WortError.data("not an .xlsx file (a damaged or truncated zip archive)", at: location)
        }
        var count = 0
        for entry in archive {
            let path = entry.path.replacingOccurrences(of: "\\", with: "/")
            let key = path.hasPrefix("/") ? String(path.dropFirst()) : path
            if entries[key] == nil { entries[key] = entry }
            if entriesFolded[key.lowercased()] == nil { entriesFolded[key.lowercased()] = entry }
            count += 1
        }
        if count == 0 {
            throw WortError.data("not an .xlsx file (an empty or damaged zip archive)", at: location)
        }

        // The workbook part: named by the package relationships, else the usual path.
        var workbookPath = "xl/workbook.xml"
        if let rels = try Self.loadPart("_rels/.rels", archive: archive, entries: entries, folded: entriesFolded, file: file) {
            for r in try Self.relationships(rels, base: "", file: file)
            where r.type.hasSuffix("/officeDocument") && Self.lookup(r.target, entries, entriesFolded) != nil {
                workbookPath = r.target
                break
            }
        }
        guard let workbook = try Self.loadPart(workbookPath, archive: archive, entries: entries, folded: entriesFolded, file: file) else {
            let hint = entries.keys.contains { $0.hasPrefix("word/") } ? "this looks like a Word document"
                : entries.keys.contains { $0.hasPrefix("ppt/") } ? "this looks like a PowerPoint file"
                : entries.keys.contains("content.xml") ? "this looks like an OpenDocument file (.ods); save it as .xlsx"
                : nil
            throw WortError.data("not an .xlsx file (the zip archive has no xl/workbook.xml)", at: location, hint: hint)
        }
        self.workbookPath = workbookPath

        // Relationships of the workbook: r:id -> part.
        let dir = workbookPath.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        let relsPath = (dir.isEmpty ? "" : dir + "/") + "_rels/" + (workbookPath.split(separator: "/").last.map(String.init) ?? "workbook.xml") + ".rels"
        var targets: [String: (path: String, type: String)] = [:]
        var sharedStringsPath = (dir.isEmpty ? "" : dir + "/") + "sharedStrings.xml"
        var stylesPath = (dir.isEmpty ? "" : dir + "/") + "styles.xml"
        if let rels = try Self.loadPart(relsPath, archive: archive, entries: entries, folded: entriesFolded, file: file) {
            for r in try Self.relationships(rels, base: dir, file: file) {
                targets[r.id] = (r.target, r.type)
                if r.type.hasSuffix("/sharedStrings") { sharedStringsPath = r.target }
                if r.type.hasSuffix("/styles") { stylesPath = r.target }
            }
        }
        self.sharedStringsPath = sharedStringsPath
        self.stylesPath = stylesPath

        var sheets: [Sheet] = []
        var date1904 = false
        var s = workbook.scanner()
        do {
            var sawRoot = false
            while true {
                let t = try s.next()
                if t == .eof { break }
                guard t == .start else { continue }
                if !sawRoot {
                    guard s.nameIs("workbook") else {
                        throw WortError.data("\(workbookPath) is not a workbook (its root element is <\(s.string(s.name))>)", at: location)
                    }
                    sawRoot = true
                } else if s.nameIs("workbookPr") {
                    if let v = try s.attributeString("date1904") { date1904 = v == "1" || v.lowercased() == "true" }
                } else if s.nameIs("sheet") {
                    let name = try s.attributeString("name") ?? "Sheet\(sheets.count + 1)"
                    let rid = try s.attributeString("id")
                    let target = rid.flatMap { targets[$0] }
                    let isWorksheet = target.map { $0.type.hasSuffix("/worksheet") } ?? true
                    sheets.append(Sheet(name: name, path: target?.path, isWorksheet: isWorksheet))
                }
            }
            guard sawRoot else { throw XMLScanner.Malformed(offset: 0, reason: "no root element") }
        } catch let m as XMLScanner.Malformed {
            throw Self.malformed(m, part: workbook, file: file)
        }
        self.sheets = sheets
        self.date1904 = date1904
    }

    /// The bytes of the part at `path`, or nil when the archive has no such part.
    func part(_ path: String) throws -> XLSXPart? {
        try Self.loadPart(path, archive: archive, entries: entries, folded: entriesFolded, file: file)
    }

    /// The sheet that `choice` names (see `ReadOptions.sheet`): a name, exactly or in
    /// any letter case, else a 1-based position; nil chooses the first worksheet.
    func sheet(_ choice: String?) throws -> Sheet {
        let list = sheets.map(\.name).joined(separator: ", ")
        guard let choice else {
            guard let first = sheets.first(where: \.isWorksheet) else {
                throw WortError.data("the workbook has no worksheet", at: SourceLocation(file: file),
                                     hint: sheets.isEmpty ? nil : "sheets: \(list)")
            }
            return first
        }
        let found = sheets.first { $0.name == choice }
            ?? sheets.first { $0.name.lowercased() == choice.lowercased() }
            ?? Int(choice.trimmingCharacters(in: .whitespaces)).flatMap { $0 >= 1 && $0 <= sheets.count ? sheets[$0 - 1] : nil }
        guard let found else {
            throw WortError(.usage, "no sheet '\(choice)' in \(file)", hint: sheets.isEmpty ? "the workbook lists no sheets" : "sheets: \(list)")
        }
        guard found.isWorksheet else {
            throw WortError(.usage, "sheet '\(found.name)' in \(file) is a chart or dialog sheet; it has no cells",
                            hint: "worksheets: \(sheets.filter(\.isWorksheet).map(\.name).joined(separator: ", "))")
        }
        return found
    }

    // MARK: Parts and relationships

    struct Relationship { var id: String; var type: String; var target: String }

    private static func lookup(_ path: String, _ entries: [String: Entry], _ folded: [String: Entry]) -> Entry? {
        entries[path] ?? folded[path.lowercased()]
    }

    private static func loadPart(_ path: String, archive: Archive, entries: [String: Entry], folded: [String: Entry],
                                 file: String) throws -> XLSXPart? {
        guard let entry = lookup(path, entries, folded) else { return nil }
        // The declared size only sizes the first allocation (it may lie; the buffer grows).
        let part = XLSXPart(path: path, capacity: Int(min(entry.uncompressedSize, 256 << 20)))
        do {
            _ = try archive.extract(entry, bufferSize: 1 << 18) { data in
                data.withUnsafeBytes { part.append($0.bindMemory(to: UInt8.self)) }
            }
        } catch {
            throw WortError.data("the .xlsx file is damaged: cannot unpack \(path) (\(describe(error)))", at: SourceLocation(file: file))
        }
        return part
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case Archive.ArchiveError.invalidCRC32: "checksum mismatch"
        case Archive.ArchiveError.invalidCompressionMethod: "unknown compression method"
        default: "\(error)"
        }
    }

    /// The relationships of a `.rels` part, targets resolved against the folder `base`.
    private static func relationships(_ part: XLSXPart, base: String, file: String) throws -> [Relationship] {
        var out: [Relationship] = []
        var s = part.scanner()
        do {
            while true {
                let t = try s.next()
                if t == .eof { break }
                guard t == .start, s.nameIs("Relationship") else { continue }
                guard let id = try s.attributeString("Id"), let target = try s.attributeString("Target") else { continue }
                if try s.attributeString("TargetMode") == "External" { continue }
                out.append(Relationship(id: id, type: try s.attributeString("Type") ?? "", target: resolve(target, base: base)))
            }
        } catch let m as XMLScanner.Malformed {
            throw malformed(m, part: part, file: file)
        }
        return out
    }

    /// A relationship target as a part path: absolute ("/xl/...") or relative to `base`.
    static func resolve(_ target: String, base: String) -> String {
        let t = target.replacingOccurrences(of: "\\", with: "/")
        var parts: [Substring] = t.hasPrefix("/") ? [] : base.split(separator: "/")
        for c in t.split(separator: "/") {
            if c == "." { continue }
            if c == ".." { _ = parts.popLast(); continue }
            parts.append(c)
        }
        return parts.joined(separator: "/")
    }

    /// A WortError for XML that is not well-formed, naming the part, line and column.
    static func malformed(_ m: XMLScanner.Malformed, part: XLSXPart, file: String) -> WortError {
        let (line, column) = part.scanner().lineAndColumn(of: m.offset)
        return WortError.data("malformed XML in \(part.path) at line \(line), column \(column): \(m.reason)",
                              at: SourceLocation(file: file), hint: "the .xlsx file is damaged or was not written by a spreadsheet program")
    }

    private static func guessKind(_ magic: [UInt8]) -> String? {
        if magic == [0xD0, 0xCF, 0x11, 0xE0] { return "this looks like an old binary Excel file (.xls); save it as .xlsx" }
        if let f = magic.first, f == 0x3C || f == 0x7B || f == 0x5B || (f >= 0x20 && f < 0x7F) {
            return "this looks like a text file; read it as CSV or JSON (--from)"
        }
        return nil
    }
}
