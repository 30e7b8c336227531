import WortCore
import WortRecipe

/// Helpers of the sensitive-data and data-science lowerings: seeded randomness computed as Wort computes it (WortRecipe's `RowDraws`).
extension Lowering {
    /// The column holding each row's 0-based position in Wort's row order.
    static let rowIndex = "wort_k"

    /// The previous view with `wort_k` added: `row_number() OVER (ORDER BY _wort_rid) - 1`.
    /// A window without PARTITION BY: every row goes through one partition (one task in
    /// Spark), which a position in the whole input needs (scale-out.md §1.4 #11).
    var fromWithRowIndex: String {
        "(SELECT *, row_number() OVER (ORDER BY \(rid)) - 1 AS \(Self.rowIndex) FROM \(from)) AS wort_rows"
    }

    /// SQL text `"<seed>:<step>:<stream>:"`, the start of what `RowDraws` hashes. The seed is
    /// the export's `--seed`; without one, the program picks a seed when it runs (a variable
    /// defined once before the steps), as `wort run` without `--seed` does.
    func drawPrefix(stream: Int) -> String {
        let rest = ":\(number):\(stream):"
        if let seed = params.environment.seed {
            return lit(String(decoding: RowDraws(seed: seed, step: number, stream: stream).prefix, as: UTF8.self))
        }
        define(dialect.seedDefinition)
        return dialect.concat([dialect.seedReference, lit(rest)])
    }

    /// `RowDraws.bits(k)` for the row position `k` (SQL BIGINT): the first 13 hex digits of
    /// the SHA-256 of `"<seed>:<step>:<stream>:<k>"`, as a BIGINT.
    func drawBits(stream: Int, row k: String) -> String {
        let d = dialect
        let message = d.concat([drawPrefix(stream: stream), "CAST(\(k) AS \(d.type(.string)))"])
        return d.hexToBigint(d.substring(d.hexDigest("SHA256", d.utf8Bytes(message)), from: "1", count: "13"))
    }

    /// `RowDraws.below(n, k)`: `least(floor(bits / 2^52 * n), n - 1)` in DOUBLE arithmetic,
    /// which both engines and Swift do alike (IEEE, round to nearest; the division by 2^52
    /// is exact). Refused when n exceeds 2^53, where n itself is not a DOUBLE.
    func draw(below n: UInt64, stream: Int, row k: String, parameter: String) throws -> String {
        guard n != 0, n <= 1 << 53 else {
            throw refuse("the range holds more than 2^53 values, which SQL's DOUBLE arithmetic cannot draw from as wort does; narrow it", parameter: parameter)
        }
        let d = dialect
        let product = "CAST(\(drawBits(stream: stream, row: k)) AS DOUBLE) / \(d.double(0x1p52)) * \(d.double(Double(n)))"
        return "least(CAST(floor(\(product)) AS BIGINT), CAST(\(n - 1) AS BIGINT))"
    }
}

extension Lowering {
    /// ICU's `\s` (checked: it includes U+000B and U+0085), as class items.
    static let icuSpace = "\\x{9}-\\x{D}\\x{85}\\p{Z}"
    /// ICU's line terminators, which `.` does not match and `$` may precede, as class items.
    static let icuLineEnd = "\\n\\x{B}\\f\\r\\x{85}\\x{2028}\\x{2029}"

    /// A user's regular expression (Wort runs it with ICU) rewritten so that Java (Spark)
    /// and RE2 (DuckDB) match what ICU matches, then made a literal with `regex(_:)`:
    /// - `\d` / `\D` are Unicode in ICU (`\p{Nd}`), ASCII in both engines: written out.
    /// - `\s` / `\S` are Unicode white space in ICU, ASCII in both engines: written out
    ///   (`\S` inside a class has no portable spelling: refused).
    /// - `.` stops at ICU's line terminators (\n \v \f \r U+0085 U+2028 U+2029), Java's
    ///   differ and RE2 stops only at \n: written as the class of everything else, unless
    ///   the pattern starts with `(?s)`.
    /// - `\p{script=X}` / `\p{sc=X}` are `\p{X}` in RE2; `\uhhhh` is `\x{hhhh}`.
    /// - Refused: `\w \W \b \B` (Unicode words in ICU, ASCII in the engines), other inline
    ///   flags (`(?i)` folds case differently in each), nested classes and `&&`, `$` for
    ///   DuckDB (ICU's also matches before a final line break; for Java that is spelt out
    ///   as a lookahead), `\Z \G \h \v \R \X` and the like.
    func portableRegex(_ pattern: String, parameter: String) throws -> String {
        let d = dialect
        let s = Array(pattern.unicodeScalars)
        var out = ""
        var i = 0, inClass = false, classStart = false
        var dotAll = false
        if pattern.hasPrefix("(?s)") { dotAll = true; out = "(?s)"; i = 4 }
        func no(_ what: String, _ why: String) -> ExportRefusal {
            let advice = why.contains("; ") ? "" : "; rewrite it without, or run this step with `wort run`"
            return refuse("the regular expression's \(what) \(why)" + advice, parameter: parameter)
        }
        while i < s.count {
            let c = s[i]
            if c == "\\" {
                guard i + 1 < s.count else { throw no("trailing \\", "is not a complete escape") }
                let e = s[i + 1]
                i += 2
                switch e {
                // A property outside a class is written as a one-item class, so that a
                // quantifier after it (`[\p{L}]+`) does not look possessive (`}+`) to `regex(_:)`.
                case "d": out += inClass ? "\\p{Nd}" : "[\\p{Nd}]"
                case "D": out += inClass ? "\\P{Nd}" : "[\\P{Nd}]"
                case "s": out += inClass ? Self.icuSpace : "[" + Self.icuSpace + "]"
                case "S":
                    if inClass { throw no("\\S inside [...]", "has no spelling that Spark and DuckDB read as ICU does") }
                    out += "[^" + Self.icuSpace + "]"
                case "w", "W", "b", "B":
                    throw no("\\\(e)", "means Unicode word characters in wort (ICU) and ASCII ones in Spark and DuckDB; write the class out, e.g. [\\p{L}\\p{M}\\p{Nd}_]")
                case "p", "P":
                    guard i < s.count else { throw no("\\\(e)", "is incomplete") }
                    if s[i] == "{" {
                        var j = i + 1, name = ""
                        while j < s.count && s[j] != "}" { name.unicodeScalars.append(s[j]); j += 1 }
                        guard j < s.count else { throw no("\\\(e){", "is not closed") }
                        i = j + 1
                        for prefix in ["script=", "sc="] where name.lowercased().hasPrefix(prefix) && d == .duckdb {
                            name = String(name.dropFirst(prefix.count))
                        }
                        out += inClass ? "\\\(e){\(name)}" : "[\\\(e){\(name)}]"
                    } else {
                        out += "\\\(e)" + String(s[i]); i += 1
                    }
                case "u":
                    guard i + 4 <= s.count else { throw no("\\u", "needs four hex digits") }
                    out += "\\x{" + String(String.UnicodeScalarView(s[i..<(i + 4)])) + "}"
                    i += 4
                case "Q":
                    // Quoted text up to \E, or to the end (all three read \Q...\E).
                    var j = i
                    while j < s.count && !(s[j] == "\\" && j + 1 < s.count && s[j + 1] == "E") { j += 1 }
                    out += "\\Q" + String(String.UnicodeScalarView(s[i..<j])) + "\\E"
                    i = min(j + 2, s.count)
                case "k":
                    if d == .duckdb { throw no("\\k", "(a backreference) does not exist in DuckDB (RE2); export to spark-sql or pyspark") }
                    out += "\\k"
                case "t", "n", "r", "f", "a", "x", "A", "z":
                    out += "\\\(e)"
                case "1", "2", "3", "4", "5", "6", "7", "8", "9":
                    out += "\\\(e)"  // backreferences: `regex(_:)` refuses them for DuckDB
                default:
                    if e.properties.isAlphabetic || ("0"..."9").contains(e) {
                        throw no("\\\(e)", "is not read alike by ICU, Java and RE2")
                    }
                    out += "\\" + String(e)
                }
                classStart = false
                continue
            }
            if inClass {
                if c == "]" && !classStart { inClass = false; out += "]"; i += 1; continue }
                if c == "[" { throw no("[ inside [...]", "is a nested class in wort (ICU) and Java, and a plain [ in DuckDB") }
                if c == "&" && i + 1 < s.count && s[i + 1] == "&" { throw no("&&", "is a class intersection in wort (ICU) and Java only") }
                if c == "]" && classStart { throw no("] first in a class", "is read differently by ICU, Java and RE2; escape it") }
                if c == "^" && classStart && out.hasSuffix("[") { out += "^"; i += 1; continue }
                classStart = false
                out.unicodeScalars.append(c); i += 1
                continue
            }
            switch c {
            case "[":
                inClass = true; classStart = true; out += "["; i += 1
                continue
            case ".":
                out += dotAll ? "." : "[^" + Self.icuLineEnd + "]"
            case "$":
                if d == .duckdb { throw no("$", "also matches before a final line break in wort (ICU), not in DuckDB (RE2); export to spark-sql or pyspark") }
                out += "(?=(?:\\r\\n|[" + Self.icuLineEnd + "])?\\z)"
            case "(":
                if i + 1 < s.count && s[i + 1] == "?" {
                    let next = i + 2 < s.count ? s[i + 2] : " "
                    if !":=!<>P".unicodeScalars.contains(next) {
                        throw no("inline flag (?\(next)...)", "is read differently by ICU, Java and RE2 (only a leading (?s) is kept)")
                    }
                }
                out += "("
            default:
                out.unicodeScalars.append(c)
            }
            i += 1
        }
        if inClass { throw no("[", "is not closed") }
        return try regex(out, parameter: parameter)
    }
}
