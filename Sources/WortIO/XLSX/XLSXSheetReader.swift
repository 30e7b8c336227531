import Foundation
import WortCore

/// One non-empty cell of a sheet row.
struct XLSXCell {
    enum Kind: UInt8 {
        /// A number in a plain format (`number`, and `int` when it is a whole Int64).
        case number
        /// A number in a date format: a day serial.
        case date
        /// A number in a time-only format: a fraction of a day, or a duration in days.
        case time
        /// Text in the row's scratch bytes: an inline string, a formula's string result
        /// (`t="str"`) or an ISO date (`t="d"`).
        case text
        /// Index `int` into the shared strings.
        case shared
        /// `int` is 1 or 0.
        case bool
        /// An error value such as `#DIV/0!`, as text in the row's scratch bytes.
        case error
    }

    /// 0-based column (A = 0).
    var column: Int
    var kind: Kind
    var number: Double = 0
    var int: Int64 = 0
    var isInt = false
    /// Text bytes in `XLSXSheetReader.scratch` for `.text` and `.error`.
    var textStart = 0
    var textEnd = 0
}

/// Reads a worksheet part (`<worksheet><sheetData><row><c>…`) row by row with
/// `XMLScanner`. Cells without a value (no `<v>`, a formula without a cached result,
/// an empty string) are left out; cells are placed by their reference (`r="C5"`) or,
/// without one, after the previous cell. Rows come in ascending order, numbered from 1
/// as in the sheet (missing rows are gaps in the numbers).
struct XLSXSheetReader {
    /// Excel's limits: XFD and 1048576 (larger references are an error, so that a bad
    /// file cannot ask for billions of columns).
    static let maxColumns = 16_384
    static let maxRows = 1_048_576

    let part: XLSXPart
    let file: String
    private let styles: XLSXStyles
    private let sharedStrings: XLSXSharedStrings
    private var scanner: XMLScanner
    private var sawRoot = false
    private var done = false

    /// Cells of the current row, ascending by column, one per column.
    private(set) var cells: [XLSXCell] = []
    /// Decoded texts of the current row's cells.
    private(set) var scratch: [UInt8] = []
    /// 1-based sheet row number of the current row.
    private(set) var rowNumber = 0

    init(part: XLSXPart, styles: XLSXStyles, sharedStrings: XLSXSharedStrings, file: String) {
        self.part = part
        self.file = file
        self.styles = styles
        self.sharedStrings = sharedStrings
        scanner = part.scanner()
        cells.reserveCapacity(64)
        scratch.reserveCapacity(1024)
    }

    /// Bytes of the part scanned so far.
    var offset: Int { scanner.pos }

    /// Reads the next `<row>` into `cells` and `rowNumber`; false at the end of the sheet.
    mutating func nextRow() throws -> Bool {
        do { return try readRow() } catch let m as XMLScanner.Malformed {
            throw XLSXPackage.malformed(m, part: part, file: file)
        }
    }

    private mutating func readRow() throws -> Bool {
        guard !done else { return false }
        cells.removeAll(keepingCapacity: true)
        scratch.removeAll(keepingCapacity: true)
        while true {
            let t = try scanner.next()
            if t == .eof {
                guard sawRoot else { throw XMLScanner.Malformed(offset: 0, reason: "no root element") }
                done = true
                return false
            }
            guard t == .start else { continue }
            if !sawRoot {
                guard scanner.nameIs("worksheet") else {
                    throw WortError.data("\(part.path) is not a worksheet (its root element is <\(scanner.string(scanner.name))>)",
                                         at: SourceLocation(file: file))
                }
                sawRoot = true
                continue
            }
            guard scanner.nameIs("row") else { continue }
            var number = rowNumber + 1
            if let r = scanner.attribute("r") {
                guard let n = parseInt(r), n >= 1, n <= Self.maxRows else {
                    throw dataError("row number '\(scanner.string(r))' is not a row of a sheet")
                }
                // Out-of-order rows are read where they are, after the previous one.
                number = max(n, rowNumber + 1)
            }
            rowNumber = number
            if scanner.isEmptyElement { return true }
            try readCells()
            normalizeOrder()
            return true
        }
    }

    /// Reads the cells up to `</row>`.
    private mutating func readCells() throws {
        let rowDepth = scanner.depth
        var nextColumn = 0
        while true {
            let t = try scanner.next()
            if t == .end && scanner.depth < rowDepth { return }
            guard t == .start else {
                if t == .eof { throw XMLScanner.Malformed(offset: scanner.pos, reason: "the document ends inside a row") }
                continue
            }
            guard scanner.nameIs("c") else { try scanner.skipElement(); continue }
            var column = nextColumn
            if let r = scanner.attribute("r") {
                guard let c = columnOf(r) else { throw dataError("bad cell reference '\(scanner.string(r))'") }
                column = c
            }
            guard column < Self.maxColumns else { throw dataError("a cell beyond column XFD in row \(rowNumber)") }
            nextColumn = column + 1
            let style = scanner.attribute("s").flatMap { parseInt($0) } ?? 0
            var type: UInt8 = 0x6E                                            // n
            var typeLength = 1
            if let tr = scanner.attribute("t"), !tr.isEmpty {
                type = scanner.bytes[tr.lowerBound]
                typeLength = tr.count
                if typeLength > 1 && type == 0x73 && scanner.equals(tr, "str") { type = 0x53 } // 'S' for str
            }
            if scanner.isEmptyElement { continue }
            try readCell(column: column, style: style, type: type, typeLength: typeLength)
        }
    }

    /// Reads a `<c>` element's children: `<v>`, `<is>` (inline string), `<f>` (skipped).
    private mutating func readCell(column: Int, style: Int, type: UInt8, typeLength: Int) throws {
        let cellDepth = scanner.depth
        var raw: Range<Int>? = nil           // the <v> text, raw in the part
        var decoded: Range<Int>? = nil       // or decoded in scratch
        var inlineStart = -1
        var inlineDepth = -1
        var tDepth = -1
        while true {
            let t = try scanner.next()
            switch t {
            case .end:
                if scanner.depth < cellDepth {
                    if let r = raw, scanner.bytes[r].contains(0x26) {
                        let start = scratch.count
                        try scanner.decode(r, into: &scratch)
                        decoded = start..<scratch.count
                        raw = nil
                    }
                    try finishCell(column: column, style: style, type: type, typeLength: typeLength,
                                   raw: raw, decoded: decoded, inlineStart: inlineStart)
                    return
                }
                if tDepth >= 0 && scanner.depth < tDepth { tDepth = -1 }
            case .start:
                if scanner.depth == cellDepth + (scanner.isEmptyElement ? 0 : 1) {
                    if scanner.nameIs("v") {
                        raw = nil; decoded = nil
                        if scanner.isEmptyElement { raw = scanner.pos..<scanner.pos; continue }
                        // The value's text: one token, or pieces (CDATA, comments) gathered decoded.
                        let vDepth = scanner.depth
                        let start = scratch.count
                        var pieces = 0
                        var first = scanner.pos..<scanner.pos
                        var firstLiteral = false
                        while true {
                            let u = try scanner.next()
                            if u == .text {
                                if pieces == 0 {
                                    first = scanner.text; firstLiteral = scanner.textIsLiteral
                                } else {
                                    if pieces == 1 {
                                        if firstLiteral { scratch.append(contentsOf: UnsafeBufferPointer(rebasing: scanner.bytes[first])) }
                                        else { try scanner.decode(first, into: &scratch) }
                                    }
                                    try scanner.appendText(into: &scratch)
                                }
                                pieces += 1
                            } else if u == .end && scanner.depth < vDepth {
                                break
                            } else if u == .start {
                                try scanner.skipElement()
                            } else if u == .eof {
                                throw XMLScanner.Malformed(offset: scanner.pos, reason: "the document ends inside a value")
                            }
                        }
                        if pieces <= 1 && !firstLiteral {
                            raw = first
                        } else {
                            if pieces == 1 { scratch.append(contentsOf: UnsafeBufferPointer(rebasing: scanner.bytes[first])) }
                            decoded = start..<scratch.count
                        }
                    } else if scanner.nameIs("is") {
                        if inlineStart < 0 { inlineStart = scratch.count }
                        if !scanner.isEmptyElement { inlineDepth = scanner.depth }
                    } else {
                        try scanner.skipElement()                           // <f>, <extLst>
                    }
                } else if inlineDepth >= 0 {
                    if scanner.nameIs("rPh") { try scanner.skipElement() }
                    else if scanner.nameIs("t") && !scanner.isEmptyElement { tDepth = scanner.depth }
                }
            case .text:
                if tDepth >= 0 && scanner.depth == tDepth { try scanner.appendText(into: &scratch) }
            case .eof:
                throw XMLScanner.Malformed(offset: scanner.pos, reason: "the document ends inside a cell")
            }
        }
    }

    private mutating func finishCell(column: Int, style: Int, type: UInt8, typeLength: Int,
                                     raw: Range<Int>?, decoded: Range<Int>?, inlineStart: Int) throws {
        if type == 0x69 {                                                     // inlineStr
            guard inlineStart >= 0 else { return }
            // Inline text was gathered after any <v> bytes; keep only it.
            XLSXText.unescape(&scratch, from: inlineStart)
            guard scratch.count > inlineStart else { return }
            cells.append(XLSXCell(column: column, kind: .text, textStart: inlineStart, textEnd: scratch.count))
            return
        }
        // The <v> bytes, copied to the end of scratch (text) or read in place (numbers).
        let inScratch = decoded != nil
        guard let r = decoded ?? raw else { return }
        switch type {
        case 0x53, 0x64, 0x65:                                                // str, d, e: text in <v>
            guard !r.isEmpty else { return }
            let start = scratch.count
            if inScratch { scratch.append(contentsOf: scratch[r]) } else { scratch.append(contentsOf: UnsafeBufferPointer(rebasing: scanner.bytes[r])) }
            if type == 0x53 { XLSXText.unescape(&scratch, from: start) }
            guard scratch.count > start else { return }
            cells.append(XLSXCell(column: column, kind: type == 0x65 ? .error : .text, textStart: start, textEnd: scratch.count))
        default:
            let parsed: (Double, Int64?)? = inScratch
                ? scratch.withUnsafeBufferPointer { Self.parseNumber(UnsafeBufferPointer(rebasing: $0[r])) }
                : Self.parseNumber(UnsafeBufferPointer(rebasing: scanner.bytes[r]))
            if typeLength == 1 && type == 0x73 {                              // s: shared string index
                guard let (_, i) = parsed, let i, i >= 0 else {
                    if isBlank(r, inScratch) { return }
                    throw dataError("cell \(reference(column)): shared string index '\(text(r, inScratch))' is not a number")
                }
                guard let length = sharedStrings.withItem(Int(clamping: i), { $0.count }) else {
                    throw dataError("cell \(reference(column)) refers to shared string \(i), but there are \(sharedStrings.count)")
                }
                if length == 0 { return }                                     // an empty string is an empty cell
                cells.append(XLSXCell(column: column, kind: .shared, int: i))
            } else if typeLength == 1 && type == 0x62 {                       // b
                guard let (d, _) = parsed else {
                    let s = text(r, inScratch).lowercased()
                    if s == "true" || s == "false" { cells.append(XLSXCell(column: column, kind: .bool, int: s == "true" ? 1 : 0)) }
                    else if !isBlank(r, inScratch) { throw dataError("cell \(reference(column)): '\(text(r, inScratch))' is not a boolean") }
                    return
                }
                cells.append(XLSXCell(column: column, kind: .bool, int: d != 0 ? 1 : 0))
            } else {                                                          // n (or an unknown type)
                guard let (d, i) = parsed else {
                    if isBlank(r, inScratch) { return }
                    throw dataError("cell \(reference(column)): '\(text(r, inScratch))' is not a number")
                }
                let kind: XLSXCell.Kind = switch styles.kind(ofStyle: style) {
                case .number: .number
                case .date: .date
                case .time: .time
                }
                cells.append(XLSXCell(column: column, kind: kind, number: d, int: i ?? 0, isInt: i != nil))
            }
        }
    }

    /// A number's value, and its Int64 when it is a whole number within Int64.
    static func parseNumber(_ b: UnsafeBufferPointer<UInt8>) -> (Double, Int64?)? {
        if let i = ValueParser.int64(b) { return (Double(i), i) }
        var d = ValueParser.double(b)
        if d == nil {
            // Spellings the strict parser refuses, such as "01" or "1.": strtod, finite only.
            let s = String(decoding: b, as: UTF8.self).trimmingCharacters(in: .whitespaces)
            if let v = Double(s), v.isFinite, s.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x2D || $0 == 0x2B || $0 == 0x45 || $0 == 0x65 }) { d = v }
        }
        guard let d else { return nil }
        if d == d.rounded(.towardZero), let i = Int64(exactly: d) { return (d, i) }
        return (d, nil)
    }

    /// Cells ascending by column, one per column (the last one wins), as Excel writes them.
    private mutating func normalizeOrder() {
        var ordered = true
        var k = 1
        while k < cells.count {
            if cells[k].column <= cells[k - 1].column { ordered = false; break }
            k += 1
        }
        guard !ordered else { return }
        let sorted = cells.enumerated().sorted { ($0.element.column, $0.offset) < ($1.element.column, $1.offset) }.map(\.element)
        cells.removeAll(keepingCapacity: true)
        for c in sorted {
            if let last = cells.last, last.column == c.column { cells[cells.count - 1] = c } else { cells.append(c) }
        }
    }

    /// Calls `body` with the text of a `.text`, `.shared` or `.error` cell of the current
    /// row (empty for other cells).
    @inline(__always)
    func withText<R>(_ cell: XLSXCell, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        switch cell.kind {
        case .text, .error:
            return try scratch.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[cell.textStart..<cell.textEnd])) }
        case .shared:
            if let r = try sharedStrings.withItem(Int(cell.int), body) { return r }
            return try body(UnsafeBufferPointer(start: nil, count: 0))
        default:
            return try body(UnsafeBufferPointer(start: nil, count: 0))
        }
    }

    // MARK: Helpers

    private func parseInt(_ r: Range<Int>) -> Int? {
        guard !r.isEmpty, r.count <= 9 else { return nil }
        var v = 0
        for i in r {
            let d = Int(scanner.bytes[i]) - 0x30
            guard d >= 0 && d <= 9 else { return nil }
            v = v * 10 + d
        }
        return v
    }

    /// The 0-based column of a reference like "AB12" (or "$AB$12"); nil when it is not one.
    private func columnOf(_ r: Range<Int>) -> Int? {
        var v = 0, letters = 0, digits = 0
        for i in r {
            let c = scanner.bytes[i]
            if c == 0x24 { continue }                                         // $
            if c >= 0x30 && c <= 0x39 { digits += 1; continue }
            let l = c | 0x20
            guard digits == 0, l >= 0x61 && l <= 0x7A else { return nil }
            v = v * 26 + Int(l - 0x60)
            letters += 1
            if letters > 3 { return nil }
        }
        return letters == 0 || digits == 0 ? nil : v - 1
    }

    private func isBlank(_ r: Range<Int>, _ inScratch: Bool) -> Bool {
        text(r, inScratch).allSatisfy { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
    }

    private func text(_ r: Range<Int>, _ inScratch: Bool) -> String {
        inScratch ? String(decoding: scratch[r], as: UTF8.self) : scanner.string(r)
    }

    func reference(_ column: Int) -> String { XLSXSheetReader.columnName(column) + String(rowNumber) }

    /// "A" for 0, "Z" for 25, "AA" for 26.
    static func columnName(_ column: Int) -> String {
        var n = column + 1
        var s: [Character] = []
        while n > 0 {
            let r = (n - 1) % 26
            s.insert(Character(Unicode.Scalar(UInt8(65 + r))), at: 0)
            n = (n - 1) / 26
        }
        return String(s)
    }

    private func dataError(_ message: String) -> WortError {
        WortError.data("\(part.path): \(message)", at: SourceLocation(file: file))
    }
}
