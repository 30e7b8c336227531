import Foundation

/// A regular expression as Wort runs it (ICU, through NSRegularExpression), rewritten for
/// Spark (Java regex) or DuckDB (RE2) so that it matches the same text. Where ICU differs
/// from the engines, the pattern is rewritten:
/// - `\w \d \s \b` are Unicode in ICU, ASCII in Java and RE2: Spark gets `(?U)`, which
///   gives Java exactly ICU's classes; DuckDB gets the classes spelt out (`\d` is `\p{Nd}`,
///   `\s` is White_Space `[\x{9}-\x{D}\x{85}\p{Z}]`, `\w` is Alphabetic, marks, `\p{Nd}`,
///   `\p{Pc}`, ZWNJ and ZWJ);
/// - `.` stops at ICU's line terminators (`\n`, VT, FF, `\r`, NEL, LS, PS), more than
///   Java's or RE2's; under `(?s)` ICU takes `\r\n` as one character;
/// - `$` matches at the end and before a final line terminator, whose set differs in
///   Java (a lookahead says it exactly) and which RE2 cannot say at all;
/// - `\uhhhh` is `\x{hhhh}`; named groups are `(?P<name>…)` in RE2; script properties
///   are `\p{IsHan}` in Java.
/// What cannot be said the same way is refused (`RegexRefusal`): case-insensitive
/// matching (ICU folds fully, `ß` matches `ss`), multi-line and comment modes, nested
/// classes and class set operations, POSIX classes, and for DuckDB lookaround,
/// backreferences, atomic and possessive forms, `\b`, `$` and repetition counts over 1000.
struct ICURegex {
    let pattern: String
    /// Capture groups, as ICU counts them (for replacement templates).
    let groups: Int
    /// Whether the pattern can match the empty string (RE2 replaces empty matches next
    /// to a match differently from ICU and Java: `a*` in `baaac` gives `-b-c-`, not `-b--c-`).
    let matchesEmpty: Bool

    init?(_ pattern: String) {
        guard let r = try? NSRegularExpression(pattern: pattern) else { return nil }
        self.pattern = pattern
        groups = r.numberOfCaptureGroups
        matchesEmpty = r.firstMatch(in: "", options: [], range: NSRange(location: 0, length: 0)) != nil
    }

    /// The pattern in `dialect`'s regex flavour (as text, not yet an SQL literal).
    func translated(for dialect: SQLDialect) throws(RegexRefusal) -> String {
        var t = ICURegexTranslator(pattern, dialect)
        let body = try t.run()
        return dialect == .spark ? "(?U)" + body : body
    }
}

/// Why a pattern cannot be exported as it is.
struct RegexRefusal: Error {
    var reason: String
}

/// One pass over an ICU pattern, writing the target flavour.
struct ICURegexTranslator {
    private let s: [Unicode.Scalar]
    private let d: SQLDialect
    private var i = 0
    private var out = ""
    /// `(?s)` in force, per open group.
    private var dotAll: [Bool] = [false]

    init(_ pattern: String, _ dialect: SQLDialect) {
        s = Array(pattern.unicodeScalars); d = dialect
    }

    private var engine: String { d == .duckdb ? "DuckDB's regular expressions (RE2)" : "Spark's regular expressions (Java)" }

    private func refuse(_ what: String, sparkOK: Bool = true) -> RegexRefusal {
        RegexRefusal(reason: "\(engine) have no \(what) that matches as Wort's (ICU) does" + (sparkOK && d == .duckdb ? "; export to spark-sql or pyspark" : ""))
    }

    private func peek(_ k: Int = 0) -> Unicode.Scalar? { i + k < s.count ? s[i + k] : nil }

    mutating func run() throws(RegexRefusal) -> String {
        while let c = peek() {
            switch c {
            case "\\": out += try escape(inClass: false)
            case ".":
                out += dotAll.last! ? "(?:\\x{D}\\x{A}|(?s:.))" : "[^\\x{A}-\\x{D}\\x{85}\\x{2028}\\x{2029}]"
                i += 1
            case "$":
                out += try endOfInput("$")
                i += 1
            case "^", "|": out.unicodeScalars.append(c); i += 1
            case "(": try group()
            case ")":
                if dotAll.count > 1 { dotAll.removeLast() }
                out += ")"; i += 1
            case "[": try characterClass()
            case "{": try braces()
            case "*", "+", "?":
                out.unicodeScalars.append(c); i += 1
                try quantifierSuffix()
            default:
                out += Self.literal(c); i += 1
            }
        }
        return out
    }

    /// `$` or `\Z`: the end, or before a final line terminator (ICU's set, `\r\n` included).
    private func endOfInput(_ what: String) throws(RegexRefusal) -> String {
        guard d == .spark else { throw refuse("'\(what)' (end of text or before a final line break)") }
        return "(?=(?:\\x{D}\\x{A}|[\\x{A}-\\x{D}\\x{85}\\x{2028}\\x{2029}])?\\z)"
    }

    /// After `*`, `+`, `?` or `{n,m}`: a lazy `?` or a possessive `+`.
    private mutating func quantifierSuffix() throws(RegexRefusal) {
        guard let c = peek() else { return }
        if c == "?" { out += "?"; i += 1 }
        else if c == "+" {
            guard d == .spark else { throw refuse("possessive quantifiers") }
            out += "+"; i += 1
        }
    }

    /// `{n}`, `{n,}`, `{n,m}` (anything else is a literal brace, as in ICU).
    private mutating func braces() throws(RegexRefusal) {
        var j = i + 1
        func number() -> Int? {
            var text = ""
            while j < s.count, ("0"..."9").contains(s[j]) { text.unicodeScalars.append(s[j]); j += 1 }
            return Int(text)
        }
        var counts: [Int] = []
        if let n = number() { counts.append(n) }
        if !counts.isEmpty, j < s.count, s[j] == "," {
            j += 1
            if let m = number() { counts.append(m) }
        }
        guard !counts.isEmpty, j < s.count, s[j] == "}" else {
            out += "\\{"; i += 1
            return
        }
        if d == .duckdb, counts.contains(where: { $0 > 1000 }) { throw refuse("repetition counts over 1000") }
        for k in i...j { out.unicodeScalars.append(s[k]) }
        i = j + 1
        try quantifierSuffix()
    }

    private mutating func group() throws(RegexRefusal) {
        guard peek(1) == "?" else {
            out += "("; i += 1; dotAll.append(dotAll.last!)
            return
        }
        let next = peek(2)
        switch next {
        case ":":
            out += "(?:"; i += 3; dotAll.append(dotAll.last!)
        case "=", "!", ">":
            guard d == .spark else { throw refuse(next == ">" ? "atomic groups" : "lookahead") }
            out += "(?" + String(next!); i += 3; dotAll.append(dotAll.last!)
        case "<" where peek(3) == "=" || peek(3) == "!":
            guard d == .spark else { throw refuse("lookbehind") }
            out += "(?<" + String(peek(3)!); i += 4; dotAll.append(dotAll.last!)
        case "<":
            var j = i + 3, name = ""
            while j < s.count, s[j] != ">" { name.unicodeScalars.append(s[j]); j += 1 }
            out += (d == .duckdb ? "(?P<" : "(?<") + name + ">"
            i = j + 1; dotAll.append(dotAll.last!)
        case "#":
            while let c = peek(), c != ")" { i += 1 }
            i += 1
        default:
            // Inline flags: (?s) for the rest of the group, (?s:...) for a group.
            var j = i + 2, on = true, dot = dotAll.last!
            while j < s.count, s[j] != ")", s[j] != ":" {
                switch s[j] {
                case "-": on = false
                case "s": dot = on
                case "i": throw RegexRefusal(reason: "case-insensitive matching (?i): Wort (ICU) folds case fully (ß matches ss), which neither engine does; spell the letter cases out, like [Cc]at")
                case "m": throw RegexRefusal(reason: "multi-line mode (?m): its line terminators differ between Wort (ICU) and the engines")
                default: throw RegexRefusal(reason: "the inline flag '\(s[j])' of Wort's (ICU) regular expressions")
                }
                j += 1
            }
            guard j < s.count else { throw RegexRefusal(reason: "an unterminated group") }
            if s[j] == ")" {
                dotAll[dotAll.count - 1] = dot
            } else {
                out += "(?:"; dotAll.append(dot)
            }
            i = j + 1
        }
    }

    private mutating func characterClass() throws(RegexRefusal) {
        out += "["; i += 1
        if peek() == "^" { out += "^"; i += 1 }
        if peek() == "]" { throw RegexRefusal(reason: "a ']' first in a character class, which the engines read differently; write it as \\]") }
        while let c = peek(), c != "]" {
            switch c {
            case "[": throw RegexRefusal(reason: "nested character classes or POSIX classes like [[:alpha:]], which the engines read differently; use \\p{L} and the like")
            case "&" where peek(1) == "&", "-" where peek(1) == "-":
                throw RegexRefusal(reason: "character class set operations (&&, --)")
            case "\\": out += try escape(inClass: true)
            case "-": out += "-"; i += 1
            default: out += Self.literal(c); i += 1
            }
        }
        guard peek() == "]" else { throw RegexRefusal(reason: "an unterminated character class") }
        out += "]"; i += 1
    }

    /// A backslash sequence at `i`.
    private mutating func escape(inClass: Bool) throws(RegexRefusal) -> String {
        guard let c = peek(1) else { throw RegexRefusal(reason: "a trailing backslash") }
        i += 2
        switch c {
        case "Q":
            if inClass { throw RegexRefusal(reason: "\\Q...\\E inside a character class") }
            var text = ""
            while let x = peek(), !(x == "\\" && peek(1) == "E") { text += Self.literal(x); i += 1 }
            if peek() != nil { i += 2 }
            return text
        case "w", "W", "d", "D", "s", "S": return try shorthand(c, inClass: inClass)
        case "b", "B":
            if inClass || d == .duckdb { throw refuse("Unicode word boundary \\\(c)") }
            return "\\" + String(c)
        case "A", "z":
            if inClass { throw RegexRefusal(reason: "\\\(c) inside a character class") }
            return "\\" + String(c)
        case "Z":
            if inClass { throw RegexRefusal(reason: "\\Z inside a character class") }
            return try endOfInput("\\Z")
        case "1"..."9":
            guard d == .spark, !inClass else { throw refuse("backreferences") }
            return "\\" + String(c)
        case "k":
            guard d == .spark, !inClass else { throw refuse("backreferences") }
            var name = "\\k"
            while let x = peek() { name.unicodeScalars.append(x); i += 1; if x == ">" { break } }
            return name
        case "p", "P": return try property(negated: c == "P")
        case "x":
            if peek() == "{" {
                var hex = ""
                i += 1
                while let x = peek(), x != "}" { hex.unicodeScalars.append(x); i += 1 }
                i += 1
                return try Self.codePoint(hex)
            }
            return try hexDigits(2)
        case "u": return try hexDigits(4)
        case "U": return try hexDigits(8)
        case "0":
            var octal = ""
            while octal.count < 3, let x = peek(), ("0"..."7").contains(x) { octal.unicodeScalars.append(x); i += 1 }
            guard let v = UInt32(octal.isEmpty ? "0" : octal, radix: 8) else { throw RegexRefusal(reason: "a bad octal escape") }
            return "\\x{" + String(v, radix: 16, uppercase: true) + "}"
        case "t": return "\\x{9}"
        case "n": return "\\x{A}"
        case "r": return "\\x{D}"
        case "f": return "\\x{C}"
        case "a": return "\\x{7}"
        case "e": return "\\x{1B}"
        default:
            if c.properties.isAlphabetic || ("0"..."9").contains(c) {
                throw RegexRefusal(reason: "the escape \\\(c) of Wort's (ICU) regular expressions, which the engines read differently")
            }
            return Self.literal(c)
        }
    }

    private mutating func hexDigits(_ n: Int) throws(RegexRefusal) -> String {
        var hex = ""
        for _ in 0..<n {
            guard let x = peek(), x.properties.isASCIIHexDigit else { break }
            hex.unicodeScalars.append(x); i += 1
        }
        return try Self.codePoint(hex)
    }

    private static func codePoint(_ hex: String) throws(RegexRefusal) -> String {
        guard let v = UInt32(hex, radix: 16), Unicode.Scalar(v) != nil else { throw RegexRefusal(reason: "a bad code point escape") }
        return "\\x{" + String(v, radix: 16, uppercase: true) + "}"
    }

    /// `\w \W \d \D \s \S` with ICU's Unicode meaning.
    private func shorthand(_ c: Unicode.Scalar, inClass: Bool) throws(RegexRefusal) -> String {
        if d == .spark { return "\\" + String(c) }   // (?U) gives Java ICU's classes
        let space = "\\x{9}-\\x{D}\\x{85}\\p{Z}"
        switch c {
        case "d": return "\\p{Nd}"
        case "D": return "\\P{Nd}"
        case "s": return inClass ? space : "[" + space + "]"
        case "w": return inClass ? Self.wordBody : "[" + Self.wordBody + "]"
        default:
            if inClass { throw refuse("negated class \\\(c) inside a character class") }
            return "[^" + (c == "S" ? space : Self.wordBody) + "]"
        }
    }

    /// `\p{X}`: general categories (both engines), scripts (`\p{IsHan}` in Java).
    private mutating func property(negated: Bool) throws(RegexRefusal) -> String {
        var name = ""
        if peek() == "{" {
            i += 1
            while let x = peek(), x != "}" { name.unicodeScalars.append(x); i += 1 }
            i += 1
        } else if let x = peek() {
            name = String(x); i += 1
        }
        let p = negated ? "\\P" : "\\p"
        if Self.categories.contains(name) { return p + "{" + name + "}" }
        if Self.scripts.contains(name) { return p + "{" + (d == .spark ? "Is" : "") + name + "}" }
        throw RegexRefusal(reason: "the property \\p{\(name)}: use a general category (\\p{L}, \\p{Lu}, \\p{N}, ...) or a script (\\p{Han}, \\p{Hangul}, ...)")
    }

    static let categories: Set<String> = [
        "L", "Lu", "Ll", "Lt", "Lm", "Lo", "M", "Mn", "Mc", "Me", "N", "Nd", "Nl", "No",
        "P", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "S", "Sm", "Sc", "Sk", "So",
        "Z", "Zs", "Zl", "Zp", "C", "Cc", "Cf", "Co", "Cs",
    ]
    static let scripts: Set<String> = [
        "Latin", "Greek", "Cyrillic", "Armenian", "Hebrew", "Arabic", "Devanagari", "Bengali",
        "Thai", "Georgian", "Hangul", "Hiragana", "Katakana", "Han",
    ]

    /// A literal character, escaped where either flavour could read it as syntax.
    static func literal(_ c: Unicode.Scalar) -> String {
        if c.isASCII {
            if c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "_" { return String(c) }
            if c.value < 0x21 || c.value == 0x7F { return "\\x{" + String(c.value, radix: 16, uppercase: true) + "}" }
            return "\\" + String(c)
        }
        return String(c)
    }

    /// ICU's `\w`, for RE2: Alphabetic (letters, letter numbers and Other_Alphabetic),
    /// marks, decimal digits, connector punctuation, ZWNJ and ZWJ. Other_Alphabetic
    /// code points outside letters and marks (circled letters, ...) are listed.
    static let wordBody: String = {
        var body = "\\p{L}\\p{Nl}\\p{M}\\p{Nd}\\p{Pc}\\x{200C}\\x{200D}"
        var start: UInt32? = nil
        func close(_ end: UInt32) {
            guard let a = start else { return }
            body += "\\x{" + String(a, radix: 16, uppercase: true) + "}"
            if end > a { body += "-\\x{" + String(end, radix: 16, uppercase: true) + "}" }
            start = nil
        }
        var previous: UInt32 = 0
        for v in UInt32(0x80)...0x10FFFF {
            guard let u = Unicode.Scalar(v) else { close(previous); continue }
            let extra: Bool
            if u.properties.isAlphabetic {
                switch u.properties.generalCategory {
                case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                     .letterNumber, .nonspacingMark, .spacingMark, .enclosingMark: extra = false
                default: extra = true
                }
            } else { extra = false }
            if extra { if start == nil { start = v } } else { close(previous) }
            previous = v
        }
        close(previous)
        return body
    }()
}
