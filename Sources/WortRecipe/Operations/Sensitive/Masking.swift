import WortCore

/// Which characters a mask leaves alone: DataBrew's `alphabet` ("character sets to
/// preserve during masking": SYMBOLS, WHITESPACE).
///
/// The classes follow the regexes the SQL exports use (scale-out §2.2, MASK_RANGE), so a
/// masked value is the same in `wort run`, Spark and DuckDB:
/// - nothing preserved: every character is masked;
/// - SYMBOLS preserved: only letters, numbers and whitespace are masked (`[\p{L}\p{N}\s\p{Z}]`),
///   so punctuation, symbols, marks and controls stay;
/// - WHITESPACE preserved: everything but whitespace is masked (`[^\s\p{Z}]`);
/// - both: only letters and numbers are masked (`[\p{L}\p{N}]`).
/// "Whitespace" is ASCII `\s` (space, \t, \n, \v, \f, \r) plus the Unicode separators
/// (Zs, Zl, Zp: NBSP, U+3000, ...), as `\s` is ASCII-only in both engines.
struct MaskAlphabet: Sendable, Equatable {
    var preserveSymbols = false
    var preserveWhitespace = false

    static let names = ["SYMBOLS", "WHITESPACE"]

    /// Reads the optional `alphabet` parameter (a JSON list of SYMBOLS / WHITESPACE).
    static func read(_ context: inout StepContext) -> MaskAlphabet? {
        guard context.parameters["alphabet"] != nil else { context.ignore("alphabet"); return MaskAlphabet() }
        guard let list = context.stringList("alphabet") else { return nil }
        var a = MaskAlphabet()
        for item in list {
            switch item.uppercased() {
            case "SYMBOLS": a.preserveSymbols = true
            case "WHITESPACE": a.preserveWhitespace = true
            default:
                context.problem("alphabet", "'\(item)' is not one of SYMBOLS, WHITESPACE" + NameSuggestion.hint(for: item, among: names))
                return nil
            }
        }
        return a
    }

    /// Whether the mask replaces `scalar`.
    @inline(__always)
    func masks(_ scalar: UInt32) -> Bool {
        if !preserveSymbols && !preserveWhitespace { return true }
        let c = MaskAlphabet.classify(scalar)
        switch (preserveSymbols, preserveWhitespace) {
        case (true, false): return c != .symbol
        case (false, true): return c != .whitespace
        default: return c == .letterOrNumber
        }
    }

    enum CharacterClass { case letterOrNumber, whitespace, symbol }

    static func classify(_ scalar: UInt32) -> CharacterClass {
        if scalar < 0x80 {
            let b = UInt8(scalar)
            if (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) { return .letterOrNumber }
            if b == 0x20 || (b >= 0x09 && b <= 0x0D) { return .whitespace }
            return .symbol
        }
        guard let s = Unicode.Scalar(scalar) else { return .symbol }
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return .letterOrNumber
        case .spaceSeparator, .lineSeparator, .paragraphSeparator:
            return .whitespace
        default:
            return .symbol
        }
    }

    /// For ASCII bytes, whether each is masked: one table lookup per byte in the hot loop.
    var asciiTable: [Bool] { (0..<128).map { masks(UInt32($0)) } }
}

/// The masking primitives every MASK_* step shares. They work on a cell's UTF-8 bytes
/// and on sub-ranges of it, so that the sensitive-data detectors (later: findings with
/// code-point offsets) can mask only what they found, with the same functions.
///
/// Positions are **Unicode code points** (scalars), not grapheme clusters: Spark's and
/// DuckDB's `substring`/`length` count code points, so a mask at "the last 4 characters"
/// agrees with the SQL exports. A decomposed `é` is two positions; a ZWJ family emoji is
/// several.
enum Masking {
    /// The precomputed pieces of one step's mask.
    struct Mask: Sendable {
        let symbol: [UInt8]
        let alphabet: MaskAlphabet
        let ascii: [Bool]
        init(symbol: String, alphabet: MaskAlphabet) {
            self.symbol = Array(symbol.utf8); self.alphabet = alphabet; ascii = alphabet.asciiTable
        }
    }

    /// Reads `maskSymbol` (default `#`; any non-empty text, used once per masked character).
    static func symbol(_ context: inout StepContext) -> String? {
        guard let s = context.optionalString("maskSymbol") else { return "#" }
        if s.isEmpty { context.problem("maskSymbol", "the mask symbol cannot be empty"); return nil }
        return s
    }

    @inline(__always)
    static func isASCII(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var acc: UInt8 = 0
        for x in b { acc |= x }
        return acc < 0x80
    }

    /// Length of the UTF-8 sequence led by `b` (1 for stray continuation bytes, so
    /// malformed text still advances).
    @inline(__always)
    static func sequenceLength(_ b: UInt8) -> Int {
        if b < 0xC0 { return 1 }
        if b < 0xE0 { return 2 }
        if b < 0xF0 { return 3 }
        return 4
    }

    /// The scalar starting at byte `i` and its byte length.
    @inline(__always)
    static func scalar(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let lead = b[i]
        let n = min(sequenceLength(lead), b.count - i)
        switch n {
        case 2: return (UInt32(lead & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F), 2)
        case 3: return (UInt32(lead & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F), 3)
        case 4:
            return (UInt32(lead & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6
                    | UInt32(b[i + 3] & 0x3F), 4)
        default: return (UInt32(lead), 1)
        }
    }

    /// Number of code points in `b`.
    static func scalarCount(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        var n = 0
        for x in b where x & 0xC0 != 0x80 { n += 1 }
        return n
    }

    /// Byte offset of code point `k` (clamped to the end).
    static func byteOffset(ofScalar k: Int, in b: UnsafeBufferPointer<UInt8>) -> Int {
        var seen = 0, i = 0
        while i < b.count {
            if seen == k { return i }
            i += sequenceLength(b[i])
            seen += 1
        }
        return b.count
    }

    /// Appends bytes `from..<to` of `b` masked (both on scalar boundaries).
    @inline(__always)
    static func appendMasked(_ b: UnsafeBufferPointer<UInt8>, from: Int, to: Int, mask: Mask, to out: inout [UInt8]) {
        var i = from
        let single = mask.symbol.count == 1 ? mask.symbol[0] : nil
        mask.ascii.withUnsafeBufferPointer { table in
            while i < to {
                let x = b[i]
                if x < 0x80 {
                    if table[Int(x)] {
                        if let single { out.append(single) } else { out.append(contentsOf: mask.symbol) }
                    } else {
                        out.append(x)
                    }
                    i += 1
                } else {
                    let (s, n) = scalar(b, at: i)
                    let end = min(i + n, to)
                    if mask.alphabet.masks(s) {
                        out.append(contentsOf: mask.symbol)
                    } else {
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: b[i..<end]))
                    }
                    i = end
                }
            }
        }
    }

    /// Appends `b` with code points `start..<stop` masked (offsets already normalized to
    /// 0...count). The entry point for masking part of a cell.
    static func appendMasking(_ b: UnsafeBufferPointer<UInt8>, scalars start: Int, _ stop: Int, mask: Mask,
                              ascii: Bool, to out: inout [UInt8]) {
        let from = ascii ? start : byteOffset(ofScalar: start, in: b)
        let to = ascii ? stop : byteOffset(ofScalar: stop, in: b)
        out.append(contentsOf: UnsafeBufferPointer(rebasing: b[0..<from]))
        if to > from { appendMasked(b, from: from, to: to, mask: mask, to: &out) }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: b[max(from, to)..<b.count]))
    }
}
