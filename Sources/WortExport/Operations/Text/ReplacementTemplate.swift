/// A REPLACE_TEXT `value` as Wort (Foundation's NSRegularExpression) reads it, written for
/// each engine's `regexp_replace`. Wort's rules: `\x` is the character x (a trailing `\`
/// is dropped); `$` and then digits is a group, taking as many digits as the largest group
/// number has (with 1–9 groups `$12` is group 1 then `2`); a group that does not exist or
/// took no part in the match gives nothing; any other `$` is a dollar.
/// Spark (Java) writes a group as `$n` and a literal `\` or `$` escaped, and reads digits
/// after `$n` as part of the number while that group exists (so a digit after a group is
/// escaped); a missing group is an error there, so it is left out. DuckDB (RE2) writes a
/// group as `\n` (one digit: groups 10 and up cannot be said) and a literal `\` as `\\`.
enum ReplacementTemplate {
    enum Piece: Equatable {
        case text(String)
        case group(Int)
    }

    static func parse(_ template: String, groups: Int) -> [Piece] {
        var digits = 1, magnitude = 10
        while magnitude < groups + 1 && digits < 20 { digits += 1; magnitude *= 10 }
        let s = Array(template.unicodeScalars)
        var pieces: [Piece] = []
        var text = ""
        var i = 0
        while i < s.count {
            let c = s[i]
            if c == "\\" {
                if i + 1 < s.count { text.unicodeScalars.append(s[i + 1]) }
                i += 2
            } else if c == "$" {
                var j = i + 1, n = 0
                while j < s.count, j < i + 1 + digits, ("0"..."9").contains(s[j]) {
                    n = n * 10 + Int(s[j].value - 0x30); j += 1
                }
                if j == i + 1 {
                    text += "$"; i += 1
                } else {
                    if !text.isEmpty { pieces.append(.text(text)); text = "" }
                    if n <= groups { pieces.append(.group(n)) }
                    i = j
                }
            } else {
                text.unicodeScalars.append(c); i += 1
            }
        }
        if !text.isEmpty { pieces.append(.text(text)) }
        return pieces
    }

    /// The replacement as text (not yet an SQL literal) for `dialect`, nil when DuckDB
    /// cannot refer to a group.
    static func translated(_ pieces: [Piece], for dialect: SQLDialect) -> String? {
        var out = ""
        var afterGroup = false
        for p in pieces {
            switch p {
            case .group(let n):
                if dialect == .duckdb, n > 9 { return nil }
                out += (dialect == .duckdb ? "\\" : "$") + String(n)
                afterGroup = true
            case .text(let t):
                for c in t.unicodeScalars {
                    switch (dialect, c) {
                    case (_, "\\"): out += "\\\\"
                    case (.spark, "$"): out += "\\$"
                    case (.spark, "0"..."9") where afterGroup: out += "\\" + String(c)
                    default: out.unicodeScalars.append(c)
                    }
                    afterGroup = false
                }
            }
        }
        return out
    }
}
