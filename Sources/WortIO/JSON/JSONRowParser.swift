import WortCore

/// What a JSON value in a row was.
enum JSONValueKind: UInt8 {
    case null
    case bool
    /// An integer (no fraction or exponent) that fits Int64.
    case int
    /// Any other number.
    case number
    case string
    /// An array, or an empty object, kept as compact JSON text.
    case nested
}

/// Splits a JSON input into rows and flattens each row object into columns.
///
/// Layouts, told apart by the first byte after whitespace and a UTF-8 BOM:
/// - `[`: one top-level array whose elements are the row objects; nothing may follow it.
/// - `{`: a sequence of objects separated by whitespace: JSON Lines (one per line, blank
///   lines and CRLF fine), a single object (a one-row table), or concatenated or
///   pretty-printed objects one after another.
///
/// Flattening: an object value becomes columns named `parent.child` (any depth); an
/// empty object value `{}` and any array stay as compact JSON text under the parent's name.
/// A repeated key within a row: the last value wins (also when two paths flatten to the
/// same name, e.g. `"a.b"` and `"a": {"b": …}`).
struct JSONRowParser {
    enum Layout { case objects, array }

    private(set) var scanner: JSONScanner
    private(set) var layout: Layout
    var columns: JSONColumnIndex
    /// Add columns for names not seen yet (first pass); otherwise an unknown name is an error.
    let insertColumns: Bool
    /// Copy number source text and nested JSON text into `scratch` (second pass).
    let capture: Bool
    /// Decode strings into `scratch` (off: only validate).
    let decodeStrings: Bool

    // The current row: for column c, the value is set when fieldRow[c] == row.
    private(set) var row = 0
    private(set) var fieldRow: [Int] = []
    private(set) var fieldKind: [JSONValueKind] = []
    private(set) var fieldStart: [Int] = []
    private(set) var fieldEnd: [Int] = []
    /// The value of an `.int`, or 1/0 for a `.bool`.
    private(set) var fieldInt: [Int64] = []
    /// Columns set in the current row, in order of first setting.
    private(set) var setColumns: [Int] = []
    /// Bytes of the current row's values (`fieldStart..<fieldEnd`).
    private(set) var scratch: [UInt8] = []

    private var arrayState = 0 // 0: just after '[', 1: after an element, 2: array closed
    private var path: [UInt8] = []
    private var levels: [(prefixEnd: Int, keyEnd: Int)] = []
    private var ignored: [UInt8] = []

    /// Reads up to the first row. Throws for empty input or an unsupported top level.
    init(bytes: UnsafeBufferPointer<UInt8>, file: String, columns: JSONColumnIndex,
         insertColumns: Bool, capture: Bool, decodeStrings: Bool) throws {
        scanner = JSONScanner(bytes: bytes, file: file)
        self.columns = columns
        self.insertColumns = insertColumns
        self.capture = capture
        self.decodeStrings = decodeStrings
        scratch.reserveCapacity(4096)
        path.reserveCapacity(256)
        if bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)) {
            throw scanner.error("the input looks like UTF-16 (it starts with a UTF-16 byte order mark); JSON must be UTF-8", at: 0)
        }
        scanner.skipWhitespace()
        guard !scanner.atEnd else {
            throw scanner.error(bytes.isEmpty ? "no JSON value: the input is empty" : "no JSON value: the input holds only whitespace", at: scanner.pos)
        }
        switch scanner.bytes[scanner.pos] {
        case 0x7B: layout = .objects
        case 0x5B:
            layout = .array
            scanner.pos += 1
        default:
            throw scanner.unexpected("a JSON object or array at the top level (JSON Lines, an array of objects, or objects)", at: scanner.pos)
        }
        reserve(columns.count)
    }

    /// Byte offset reached, for progress.
    var offset: Int { scanner.pos }

    /// Parses the next row into the field arrays. Returns false at the end of the input.
    mutating func nextRow() throws -> Bool {
        scanner.skipWhitespace()
        switch layout {
        case .objects:
            guard !scanner.atEnd else { return false }
            guard scanner.bytes[scanner.pos] == 0x7B else {
                throw scanner.unexpected("'{' to start the next object or the end of the input", at: scanner.pos)
            }
        case .array:
            guard arrayState != 2 else { return false }
            guard !scanner.atEnd else {
                throw scanner.unexpected(arrayState == 0 ? "an object or ']'" : "',' or ']' after array element", at: scanner.pos)
            }
            var c = scanner.bytes[scanner.pos]
            var close = arrayState == 0 && c == 0x5D
            if arrayState == 1 {
                if c == 0x2C {
                    let comma = scanner.pos
                    scanner.pos += 1
                    scanner.skipWhitespace()
                    if !scanner.atEnd && scanner.bytes[scanner.pos] == 0x5D {
                        throw scanner.error("trailing comma before ']'", at: comma)
                    }
                    guard !scanner.atEnd else { throw scanner.unexpected("an object after ','", at: scanner.pos) }
                    c = scanner.bytes[scanner.pos]
                } else if c == 0x5D {
                    close = true
                } else {
                    throw scanner.unexpected("',' or ']' after array element", at: scanner.pos)
                }
            }
            if close {
                // End of the array: only whitespace may follow.
                scanner.pos += 1
                arrayState = 2
                scanner.skipWhitespace()
                guard scanner.atEnd else {
                    throw scanner.unexpected("the end of the input after the top-level array", at: scanner.pos)
                }
                return false
            }
            guard c == 0x7B else {
                throw scanner.unexpected("an object (each element of the top-level array is a row)", at: scanner.pos)
            }
            arrayState = 1
        }
        try parseObject()
        return true
    }

    /// Whether column `c` has a value (possibly null) in the current row.
    @inline(__always) func isSet(_ c: Int) -> Bool { c < fieldRow.count && fieldRow[c] == row }
    @inline(__always) func kind(_ c: Int) -> JSONValueKind { fieldKind[c] }
    /// The Int64 of an `.int`; 1 or 0 for a `.bool`.
    @inline(__always) func int(_ c: Int) -> Int64 { fieldInt[c] }
    /// `scratch` holds the bytes of the row's values: for column `c`, `range(c)` is the
    /// decoded text of a string, and (when capturing) the source text of a number or the
    /// compact text of a nested value.
    @inline(__always)
    func withScratch<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try scratch.withUnsafeBufferPointer(body)
    }
    @inline(__always) func range(_ c: Int) -> Range<Int> { fieldStart[c]..<fieldEnd[c] }

    /// The bytes of column `c`'s value (see `withScratch`).
    @inline(__always)
    func withBytes<R>(_ c: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let start = fieldStart[c], end = fieldEnd[c]
        return try scratch.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }

    private mutating func reserve(_ n: Int) {
        while fieldRow.count < n {
            fieldRow.append(-1); fieldKind.append(.null); fieldStart.append(0); fieldEnd.append(0); fieldInt.append(0)
        }
    }

    @inline(__always)
    private mutating func set(_ column: Int, _ kind: JSONValueKind, _ start: Int, _ end: Int, _ int: Int64 = 0) {
        if fieldRow[column] != row { fieldRow[column] = row; setColumns.append(column) }
        fieldKind[column] = kind; fieldStart[column] = start; fieldEnd[column] = end; fieldInt[column] = int
    }

    /// The column named by `path`.
    @inline(__always)
    private mutating func pathColumn(keyAt keyOffset: Int) throws -> Int {
        let found = path.withUnsafeBufferPointer { columns.column(for: $0, insert: insertColumns) }
        guard let c = found else {
            throw scanner.error("the input changed while it was being read (a key appeared that the first pass did not see)", at: keyOffset)
        }
        if c >= fieldRow.count { reserve(c + 1) }
        return c
    }

    /// The row object at `pos`, flattened without recursion.
    private mutating func parseObject() throws {
        row += 1
        setColumns.removeAll(keepingCapacity: true)
        scratch.removeAll(keepingCapacity: true)
        path.removeAll(keepingCapacity: true)
        levels.removeAll(keepingCapacity: true)
        let baseDepth = layout == .array ? 1 : 0
        scanner.pos += 1
        // 0: after '{'; 1: after ','; 2: after a member
        var state = 0
        var comma = 0
        while true {
            scanner.skipWhitespace()
            guard !scanner.atEnd else {
                throw scanner.unexpected(state == 2 ? "',' or '}' after object member" : state == 0 ? "a string key or '}'" : "a string key after ','", at: scanner.pos)
            }
            let c = scanner.bytes[scanner.pos]
            if state == 2 {
                if c == 0x2C {
                    comma = scanner.pos
                    scanner.pos += 1
                    state = 1
                    continue
                }
                guard c == 0x7D else { throw scanner.unexpected("',' or '}' after object member", at: scanner.pos) }
                scanner.pos += 1
                guard let level = levels.popLast() else { return }
                path.removeLast(path.count - level.prefixEnd)
                continue
            }
            if c == 0x7D {
                if state == 1 { throw scanner.error("trailing comma before '}'", at: comma) }
                // An empty object: a row without values, or `{}` text under its key.
                scanner.pos += 1
                guard let level = levels.popLast() else { return }
                path.removeLast(path.count - level.keyEnd)
                let column = try pathColumn(keyAt: scanner.pos - 1)
                let start = scratch.count
                if capture { scratch.append(0x7B); scratch.append(0x7D) }
                set(column, .nested, start, scratch.count)
                path.removeLast(path.count - level.prefixEnd)
                state = 2
                continue
            }
            guard c == 0x22 else {
                throw scanner.unexpected(state == 0 ? "a string key or '}'" : "a string key after ','", at: scanner.pos)
            }
            let keyOffset = scanner.pos
            let prefixEnd = path.count
            try scanner.readString(into: &path, decode: true)
            scanner.skipWhitespace()
            guard !scanner.atEnd, scanner.bytes[scanner.pos] == 0x3A else {
                throw scanner.unexpected("':' after object key", at: scanner.pos)
            }
            scanner.pos += 1
            scanner.skipWhitespace()
            guard !scanner.atEnd else { throw scanner.unexpected("a value", at: scanner.pos) }
            let v = scanner.bytes[scanner.pos]
            state = 2
            if v == 0x7B {
                let depth = baseDepth + levels.count + 2
                if depth > JSONScanner.maxDepth {
                    throw scanner.error("nesting deeper than \(JSONScanner.maxDepth) levels", at: scanner.pos)
                }
                levels.append((prefixEnd, path.count))
                path.append(0x2E)
                scanner.pos += 1
                state = 0
                continue
            }
            let column = try pathColumn(keyAt: keyOffset)
            path.removeLast(path.count - prefixEnd)
            let start = scratch.count
            switch v {
            case 0x22:
                if decodeStrings {
                    try scanner.readString(into: &scratch, decode: true)
                } else {
                    try scanner.readString(into: &ignored, decode: false)
                }
                set(column, .string, start, scratch.count)
            case 0x2D, 0x30...0x39:
                let numberStart = scanner.pos
                let (fits, value) = try scanner.readNumber()
                if capture { scratch.append(contentsOf: UnsafeBufferPointer(rebasing: scanner.bytes[numberStart..<scanner.pos])) }
                set(column, fits ? .int : .number, start, scratch.count, value)
            case 0x74, 0x66, 0x6E:
                let first = try scanner.readLiteral()
                if first == 0x6E { set(column, .null, start, start) } else { set(column, .bool, start, start, first == 0x74 ? 1 : 0) }
            case 0x5B:
                try scanner.readNested(into: &scratch, capture: capture, depth: baseDepth + levels.count + 2)
                set(column, .nested, start, scratch.count)
            default:
                throw scanner.unexpected("a value", at: scanner.pos)
            }
        }
    }
}
