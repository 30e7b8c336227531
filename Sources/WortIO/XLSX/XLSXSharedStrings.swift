import WortCore

/// The shared string table (`xl/sharedStrings.xml`): cells with `t="s"` hold an index
/// into it. An item is plain (`<si><t>text</t></si>`) or rich text, whose runs
/// (`<r><rPr/><t>part</t></r>`) are joined; phonetic runs (`<rPh>`) are left out.
/// All strings live in one byte array.
struct XLSXSharedStrings {
    private var bytes: [UInt8] = []
    /// Item `i` is `bytes[ends[i - 1] ..< ends[i]]` (from 0 for the first).
    private var ends: [Int] = []

    var count: Int { ends.count }

    init() {}

    init(part: XLSXPart, file: String) throws {
        var s = part.scanner()
        bytes.reserveCapacity(part.count / 2)
        do {
            var inItem = false
            var tDepth = -1                      // depth of the open <t> being collected
            var itemDepth = 0
            while true {
                let t = try s.next()
                if t == .eof { break }
                switch t {
                case .start:
                    if s.nameIs("si") {
                        inItem = true
                        itemDepth = s.depth
                        if s.isEmptyElement { ends.append(bytes.count); inItem = false }
                    } else if inItem && s.nameIs("rPh") {
                        try s.skipElement()
                    } else if inItem && s.nameIs("t") && !s.isEmptyElement {
                        tDepth = s.depth
                    }
                case .text:
                    if tDepth >= 0 && s.depth == tDepth {
                        try s.appendText(into: &bytes)
                    }
                case .end:
                    if s.nameIs("t") && s.depth == tDepth - 1 { tDepth = -1 }
                    else if s.nameIs("si") && inItem && s.depth == itemDepth - 1 {
                        XLSXText.unescape(&bytes, from: ends.last ?? 0)
                        ends.append(bytes.count)
                        inItem = false
                    }
                case .eof: break
                }
            }
        } catch let m as XMLScanner.Malformed {
            throw XLSXPackage.malformed(m, part: part, file: file)
        }
    }

    /// Calls `body` with the bytes of item `i`; nil when there is no such item.
    @inline(__always)
    func withItem<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R? {
        guard i >= 0 && i < ends.count else { return nil }
        let start = i == 0 ? 0 : ends[i - 1]
        return try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[start..<ends[i]])) }
    }

    func string(_ i: Int) -> String? { withItem(i) { String(decoding: $0, as: UTF8.self) } }
}

/// Text conventions of spreadsheet XML.
enum XLSXText {
    /// Resolves `_xHHHH_` escapes (how OOXML writes characters XML cannot hold, such as
    /// control characters; `_x005F_` is a literal underscore) in `bytes[from...]`.
    static func unescape(_ bytes: inout [UInt8], from: Int) {
        let n = bytes.count
        var i = from
        // Fast check: most strings have no escape.
        while i + 6 < n {
            if bytes[i] == 0x5F && bytes[i + 1] == 0x78 && bytes[i + 6] == 0x5F { break }
            i += 1
        }
        guard i + 6 < n else { return }
        var out: [UInt8] = Array(bytes[from..<i])
        while i < n {
            if i + 6 < n && bytes[i] == 0x5F && bytes[i + 1] == 0x78 && bytes[i + 6] == 0x5F,
               let v = hex4(bytes, i + 2), let scalar = Unicode.Scalar(v) {
                out.append(contentsOf: UTF8.encode(scalar)!)
                i += 7
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        bytes.removeSubrange(from...)
        bytes.append(contentsOf: out)
    }

    private static func hex4(_ b: [UInt8], _ i: Int) -> UInt32? {
        var v: UInt32 = 0
        for k in i..<(i + 4) {
            let c = b[k]
            let d: UInt32
            switch c {
            case 0x30...0x39: d = UInt32(c - 0x30)
            case 0x61...0x66: d = UInt32(c - 0x61 + 10)
            case 0x41...0x46: d = UInt32(c - 0x41 + 10)
            default: return nil
            }
            v = v * 16 + d
        }
        return v
    }
}
