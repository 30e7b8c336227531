import WortCore

/// What a cell's number format says its number is.
enum XLSXNumberKind: UInt8, Sendable {
    /// A plain number.
    case number
    /// A day serial (a date, possibly with a time of day).
    case date
    /// A time of day or a duration, without a date (`h:mm`, `mm:ss`, `[h]:mm:ss`).
    case time
}

/// The cell formats of `xl/styles.xml`, reduced to what reading needs: for each index a
/// cell's `s` attribute can name (`<cellXfs><xf numFmtId=…/>`), whether its number
/// format shows a date or a time.
struct XLSXStyles {
    /// Kind per cell format index; indices beyond it (and files without styles) are numbers.
    private(set) var kinds: [XLSXNumberKind] = []

    init() {}

    init(part: XLSXPart, file: String) throws {
        var s = part.scanner()
        var custom: [Int: XLSXNumberKind] = [:]
        var formatIDs: [Int] = []
        do {
            var cellXfsDepth = -1
            while true {
                let t = try s.next()
                if t == .eof { break }
                if t == .end {
                    if s.nameIs("cellXfs") && s.depth == cellXfsDepth - 1 { cellXfsDepth = -1 }
                    continue
                }
                guard t == .start else { continue }
                if s.nameIs("numFmt") {
                    if let id = try s.attributeString("numFmtId").flatMap({ Int($0) }),
                       let code = try s.attributeString("formatCode") {
                        custom[id] = Self.kind(ofFormatCode: code)
                    }
                } else if s.nameIs("cellXfs") {
                    if !s.isEmptyElement { cellXfsDepth = s.depth }
                } else if s.nameIs("xf") && cellXfsDepth >= 0 && s.depth == cellXfsDepth + (s.isEmptyElement ? 0 : 1) {
                    formatIDs.append(try s.attributeString("numFmtId").flatMap { Int($0) } ?? 0)
                }
            }
        } catch let m as XMLScanner.Malformed {
            throw XLSXPackage.malformed(m, part: part, file: file)
        }
        kinds = formatIDs.map { custom[$0] ?? Self.kind(ofBuiltIn: $0) }
    }

    @inline(__always)
    func kind(ofStyle index: Int) -> XLSXNumberKind {
        index >= 0 && index < kinds.count ? kinds[index] : .number
    }

    /// Built-in formats: 14–17 and 22 are dates, 18–21 and 45–47 times; 27–36 and 50–58
    /// are the East Asian locales' date formats (read as dates).
    static func kind(ofBuiltIn id: Int) -> XLSXNumberKind {
        switch id {
        case 14...17, 22, 27...36, 50...58: .date
        case 18...21, 45...47: .time
        default: .number
        }
    }

    /// The kind of a custom format code, judged by its first section: a date when it has
    /// y or d (or m with neither hours nor seconds), a time when it has only h, m, s or
    /// elapsed-time brackets (`[h]`). Quoted text, `\`-escaped characters, `_x` and `*x`
    /// padding, `[...]` (colours, conditions, locales) and AM/PM markers do not count,
    /// so "0.00", "#,##0" and "[Red]0.0" are numbers.
    static func kind(ofFormatCode code: String) -> XLSXNumberKind {
        let b = Array(code.utf8)
        var i = 0
        var date = false, time = false, month = false
        while i < b.count {
            let c = b[i]
            switch c {
            case 0x3B: i = b.count; continue                                 // ';' ends the first section
            case 0x22:                                                         // "quoted"
                i += 1
                while i < b.count && b[i] != 0x22 { i += 1 }
            case 0x5C, 0x5F, 0x2A: i += 1                                      // \x _x *x
            case 0x5B:                                                         // [...]
                var j = i + 1
                var elapsed = j < b.count
                while j < b.count && b[j] != 0x5D {
                    let l = b[j] | 0x20
                    if l != 0x68 && l != 0x6D && l != 0x73 { elapsed = false }
                    j += 1
                }
                if elapsed && j > i + 1 { time = true }
                i = j
            default:
                let l = c | 0x20
                if l == 0x61, i + 4 < b.count, b[i..<i + 5].map({ $0 | 0x20 }) == Array("am/pm".utf8) { i += 5; continue }
                if l == 0x61, i + 2 < b.count, b[i + 1] == 0x2F, (b[i + 2] | 0x20) == 0x70 { i += 3; continue }
                switch l {
                case 0x79, 0x64: date = true                                   // y d
                case 0x68, 0x73: time = true                                   // h s
                case 0x6D: month = true                                        // m
                default: break
                }
            }
            i += 1
        }
        if date { return .date }
        if time { return .time }
        return month ? .date : .number
    }
}
