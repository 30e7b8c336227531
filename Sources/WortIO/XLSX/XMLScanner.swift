/// A small pull tokenizer over UTF-8 XML bytes, for the subset of XML that OOXML parts
/// use: elements, attributes, text, character and the five predefined entity references.
/// Comments, processing instructions and a DOCTYPE are skipped; CDATA sections are
/// text. Names are matched by their local part (`x:row` is `row`), so prefixed and
/// unprefixed parts read alike.
///
/// Ranges are byte offsets into `bytes`, raw (undecoded); `decode(_:into:)` resolves
/// entity references. End tags must match their start tags; anything else that is not
/// well-formed throws `XMLScanner.Malformed`, carrying the byte offset.
struct XMLScanner {
    enum Token: Equatable { case start, end, text, eof }

    struct Malformed: Error {
        var offset: Int
        var reason: String
    }

    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var pos = 0

    /// The local name of the element of a `.start` or `.end` token.
    private(set) var name: Range<Int> = 0..<0
    /// A `.start` of an element written `<a/>`: no `.end` token follows it.
    private(set) var isEmptyElement = false
    /// Attributes of the last `.start`: local names and raw values, the first
    /// `attributeCount` entries (the arrays are reused, never shrunk).
    private(set) var attributeNames: [Range<Int>] = []
    private(set) var attributeValues: [Range<Int>] = []
    private(set) var attributeCount = 0
    /// The raw text of a `.text` token.
    private(set) var text: Range<Int> = 0..<0
    /// The `.text` token is a CDATA section: its bytes are literal (no entities).
    private(set) var textIsLiteral = false
    /// Qualified names of the open elements.
    private var open: [Range<Int>] = []

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        attributeNames.reserveCapacity(8)
        attributeValues.reserveCapacity(8)
        open.reserveCapacity(16)
        // A UTF-8 byte order mark.
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { pos = 3 }
    }

    var depth: Int { open.count }

    /// The next token. Text between elements is reported even when it is only white space.
    mutating func next() throws -> Token {
        let n = bytes.count
        guard pos < n else {
            if !open.isEmpty { throw Malformed(offset: pos, reason: "the document ends inside <\(string(open.last!))>") }
            return .eof
        }
        if bytes[pos] != 0x3C {                                      // text up to '<'
            let start = pos
            while pos < n && bytes[pos] != 0x3C { pos += 1 }
            text = start..<pos
            textIsLiteral = false
            return .text
        }
        guard pos + 1 < n else { throw Malformed(offset: pos, reason: "the document ends inside a tag") }
        let c = bytes[pos + 1]
        if c == 0x2F {                                               // </name>
            let qstart = pos + 2
            var i = qstart
            while i < n && isNameByte(bytes[i]) { i += 1 }
            let qname = qstart..<i
            while i < n && isSpace(bytes[i]) { i += 1 }
            guard i < n, bytes[i] == 0x3E else { throw Malformed(offset: pos, reason: "a bad end tag") }
            guard let top = open.popLast() else {
                throw Malformed(offset: pos, reason: "</\(string(qname))> closes nothing")
            }
            guard sameBytes(top, qname) else {
                throw Malformed(offset: pos, reason: "</\(string(qname))> closes <\(string(top))>")
            }
            name = localName(qname)
            pos = i + 1
            return .end
        }
        if c == 0x3F {                                               // <? ... ?>
            guard let end = find(0x3F, 0x3E, from: pos + 2) else { throw Malformed(offset: pos, reason: "an unterminated processing instruction") }
            pos = end + 2
            return try next()
        }
        if c == 0x21 {                                               // <!-- -->, <![CDATA[ ]]>, <!DOCTYPE>
            if hasPrefix("<!--", at: pos) {
                var i = pos + 4
                while true {
                    guard let dash = find(0x2D, 0x2D, from: i) else { throw Malformed(offset: pos, reason: "an unterminated comment") }
                    if dash + 2 < n && bytes[dash + 2] == 0x3E { pos = dash + 3; break }
                    i = dash + 1
                }
                return try next()
            }
            if hasPrefix("<![CDATA[", at: pos) {
                let start = pos + 9
                var i = start
                while true {
                    guard let b = find(0x5D, 0x5D, from: i) else { throw Malformed(offset: pos, reason: "an unterminated CDATA section") }
                    if b + 2 < n && bytes[b + 2] == 0x3E { text = start..<b; pos = b + 3; break }
                    i = b + 1
                }
                guard !open.isEmpty else { throw Malformed(offset: start - 9, reason: "CDATA outside the root element") }
                textIsLiteral = true
                return .text
            }
            // <!DOCTYPE ...>, possibly with an internal subset in [ ].
            var i = pos + 2, bracket = 0
            while i < n {
                let b = bytes[i]
                if b == 0x5B { bracket += 1 } else if b == 0x5D { bracket -= 1 } else if b == 0x3E && bracket <= 0 { break }
                i += 1
            }
            guard i < n else { throw Malformed(offset: pos, reason: "an unterminated declaration") }
            pos = i + 1
            return try next()
        }
        // <name attr="v" ...> or <name .../>
        let qstart = pos + 1
        var i = qstart
        while i < n && isNameByte(bytes[i]) { i += 1 }
        guard i > qstart else { throw Malformed(offset: pos, reason: "'<' that starts no tag") }
        let qname = qstart..<i
        attributeCount = 0
        while true {
            let before = i
            while i < n && isSpace(bytes[i]) { i += 1 }
            guard i < n else { throw Malformed(offset: pos, reason: "the document ends inside <\(string(qname))>") }
            let b = bytes[i]
            if b == 0x3E { isEmptyElement = false; i += 1; break }
            if b == 0x2F {
                guard i + 1 < n, bytes[i + 1] == 0x3E else { throw Malformed(offset: i, reason: "'/' not followed by '>' in <\(string(qname))>") }
                isEmptyElement = true; i += 2; break
            }
            guard i > before else { throw Malformed(offset: i, reason: "no space between attributes in <\(string(qname))>") }
            let an = i
            while i < n && isNameByte(bytes[i]) { i += 1 }
            guard i > an else { throw Malformed(offset: i, reason: "a bad attribute in <\(string(qname))>") }
            let aname = an..<i
            while i < n && isSpace(bytes[i]) { i += 1 }
            guard i < n, bytes[i] == 0x3D else { throw Malformed(offset: i, reason: "attribute \(string(aname)) without '=' in <\(string(qname))>") }
            i += 1
            while i < n && isSpace(bytes[i]) { i += 1 }
            guard i < n, bytes[i] == 0x22 || bytes[i] == 0x27 else {
                throw Malformed(offset: i, reason: "attribute \(string(aname)) without a quoted value in <\(string(qname))>")
            }
            let q = bytes[i]
            let vs = i + 1
            i = vs
            while i < n && bytes[i] != q {
                if bytes[i] == 0x3C { throw Malformed(offset: i, reason: "'<' in the value of attribute \(string(aname))") }
                i += 1
            }
            guard i < n else { throw Malformed(offset: vs, reason: "an unterminated attribute value") }
            if attributeCount == attributeNames.count {
                attributeNames.append(localName(aname))
                attributeValues.append(vs..<i)
            } else {
                attributeNames[attributeCount] = localName(aname)
                attributeValues[attributeCount] = vs..<i
            }
            attributeCount += 1
            i += 1
        }
        if !isEmptyElement { open.append(qname) }
        name = localName(qname)
        pos = i
        return .start
    }

    /// Skips to just after the end of the element whose `.start` was the last token.
    mutating func skipElement() throws {
        if isEmptyElement { return }
        let target = open.count - 1
        while true {
            switch try next() {
            case .end where open.count == target: return
            case .eof: throw Malformed(offset: pos, reason: "the document ends inside an element")
            default: continue
            }
        }
    }

    // MARK: Names and attributes

    /// Whether the current element's local name is `literal` (ASCII).
    @inline(__always)
    func nameIs(_ literal: StaticString) -> Bool { equals(name, literal) }

    @inline(__always)
    func equals(_ r: Range<Int>, _ literal: StaticString) -> Bool {
        guard r.count == literal.utf8CodeUnitCount else { return false }
        let p = literal.utf8Start
        var k = 0
        for i in r {
            if bytes[i] != p[k] { return false }
            k += 1
        }
        return true
    }

    /// The raw value of the current element's attribute with local name `literal`.
    func attribute(_ literal: StaticString) -> Range<Int>? {
        for k in 0..<attributeCount where equals(attributeNames[k], literal) { return attributeValues[k] }
        return nil
    }

    /// The decoded value of an attribute, as a String.
    func attributeString(_ literal: StaticString) throws -> String? {
        guard let r = attribute(literal) else { return nil }
        var out: [UInt8] = []
        try decode(r, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    func string(_ r: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self)
    }

    // MARK: Entities

    /// Appends the bytes of `r` with entity and character references resolved.
    func decode(_ r: Range<Int>, into out: inout [UInt8]) throws {
        var i = r.lowerBound
        let end = r.upperBound
        var runStart = i
        while i < end {
            if bytes[i] != 0x26 { i += 1; continue }                 // '&'
            if i > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i])) }
            var j = i + 1
            while j < end && bytes[j] != 0x3B && j - i <= 12 { j += 1 }
            guard j < end, bytes[j] == 0x3B else { throw Malformed(offset: i, reason: "a bad entity reference") }
            let body = (i + 1)..<j
            if equals(body, "amp") { out.append(0x26) }
            else if equals(body, "lt") { out.append(0x3C) }
            else if equals(body, "gt") { out.append(0x3E) }
            else if equals(body, "quot") { out.append(0x22) }
            else if equals(body, "apos") { out.append(0x27) }
            else if body.count >= 2 && bytes[body.lowerBound] == 0x23 {  // &#NN; &#xNN;
                var k = body.lowerBound + 1
                let hex = bytes[k] == 0x78 || bytes[k] == 0x58
                if hex { k += 1 }
                guard k < body.upperBound else { throw Malformed(offset: i, reason: "a bad character reference") }
                var v: UInt32 = 0
                while k < body.upperBound {
                    let c = bytes[k]
                    let d: UInt32
                    switch c {
                    case 0x30...0x39: d = UInt32(c - 0x30)
                    case 0x61...0x66 where hex: d = UInt32(c - 0x61 + 10)
                    case 0x41...0x46 where hex: d = UInt32(c - 0x41 + 10)
                    default: throw Malformed(offset: i, reason: "a bad character reference")
                    }
                    v = v * (hex ? 16 : 10) + d
                    if v > 0x10FFFF { throw Malformed(offset: i, reason: "a character reference beyond Unicode") }
                    k += 1
                }
                guard let scalar = Unicode.Scalar(v), v != 0 else { throw Malformed(offset: i, reason: "a bad character reference") }
                out.append(contentsOf: UTF8.encode(scalar)!)
            } else {
                throw Malformed(offset: i, reason: "an unknown entity &\(string(body));")
            }
            i = j + 1
            runStart = i
        }
        if end > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<end])) }
    }

    /// Appends the text of the current `.text` token, decoded.
    func appendText(into out: inout [UInt8]) throws {
        if textIsLiteral { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[text])) } else { try decode(text, into: &out) }
    }

    /// Line and column (1-based) of a byte offset, for messages.
    func lineAndColumn(of offset: Int) -> (line: Int, column: Int) {
        var line = 1, lineStart = 0
        for i in 0..<min(offset, bytes.count) where bytes[i] == 0x0A { line += 1; lineStart = i + 1 }
        return (line, offset - lineStart + 1)
    }

    // MARK: Helpers

    @inline(__always)
    private func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }

    /// Name characters: anything but space, markup and quote bytes (non-ASCII is allowed).
    @inline(__always)
    private func isNameByte(_ b: UInt8) -> Bool {
        switch b {
        case 0x20, 0x0A, 0x0D, 0x09, 0x2F, 0x3E, 0x3C, 0x3D, 0x22, 0x27: false
        default: true
        }
    }

    private func localName(_ q: Range<Int>) -> Range<Int> {
        var i = q.upperBound
        while i > q.lowerBound {
            if bytes[i - 1] == 0x3A { return i..<q.upperBound }
            i -= 1
        }
        return q
    }

    private func sameBytes(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        guard a.count == b.count else { return false }
        return UnsafeBufferPointer(rebasing: bytes[a]).elementsEqual(UnsafeBufferPointer(rebasing: bytes[b]))
    }

    private func hasPrefix(_ s: StaticString, at i: Int) -> Bool {
        let n = s.utf8CodeUnitCount
        guard i + n <= bytes.count else { return false }
        return equals(i..<(i + n), s)
    }

    /// The offset of the first `a` followed by `b` at or after `from`.
    private func find(_ a: UInt8, _ b: UInt8, from: Int) -> Int? {
        var i = from
        let n = bytes.count
        while i + 1 < n {
            if bytes[i] == a && bytes[i + 1] == b { return i }
            i += 1
        }
        return nil
    }
}
