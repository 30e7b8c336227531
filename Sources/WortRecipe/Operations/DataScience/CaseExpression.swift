import WortCore

/// The SQL-like `valueExpression` of CASE_OPERATION, parsed by recursive descent:
///
///     case     := CASE (WHEN cond THEN value)+ [ELSE value] END
///     cond     := and (OR and)*
///     and      := not (AND not)*
///     not      := NOT not | '(' cond ')' | operand rest
///     rest     := op operand | IS [NOT] NULL | [NOT] IN '(' literal (',' literal)* ')'
///     op       := = | == | != | <> | < | <= | > | >=
///     operand  := `column` | 'text' | "text" | number | NULL | TRUE | FALSE
///
/// Keywords are case-insensitive; a quote inside text is doubled (`'it''s'`). Errors give
/// the 1-based character position in the expression. Public for the exporter, which
/// lowers the same tree to SQL.
public struct CaseExpression: Sendable {
    public indirect enum Condition: Sendable {
        case and(Condition, Condition), or(Condition, Condition), not(Condition)
        case compare(Operand, Comparison, Operand)
        case isNull(Operand, negated: Bool)
        case isIn(Operand, [String], negated: Bool)
    }

    public enum Comparison: String, Sendable { case eq = "=", ne = "!=", lt = "<", le = "<=", gt = ">", ge = ">=" }

    public enum Operand: Sendable, Equatable {
        case column(String)
        case text(String)
        /// A number literal, as written.
        case number(String)
        case null
    }

    public var branches: [(Condition, Operand)]
    public var otherwise: Operand

    public struct ParseError: Error { public let position: Int; public let message: String }

    public static func parse(_ text: String) throws(ParseError) -> CaseExpression {
        var p = Parser(tokens: try Lexer.tokens(text), end: text.unicodeScalars.count + 1)
        return try p.parseCase()
    }

    // MARK: - Tokens

    enum Token: Equatable {
        case word(String)      // keyword, upper-cased
        case column(String)
        case text(String)
        case number(String)
        case symbol(String)    // ( ) , = == != <> < <= > >=
    }

    enum Lexer {
        static func tokens(_ text: String) throws(ParseError) -> [(Token, Int)] {
            let s = Array(text.unicodeScalars)
            var out: [(Token, Int)] = []
            var i = 0
            func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }
            while i < s.count {
                let c = s[i], at = i + 1
                if c == " " || c == "\t" || c == "\n" || c == "\r" { i += 1; continue }
                if c == "`" {
                    var j = i + 1, name = ""
                    while j < s.count && s[j] != "`" { name.unicodeScalars.append(s[j]); j += 1 }
                    guard j < s.count else { throw ParseError(position: at, message: "the column name opened here has no closing `") }
                    out.append((.column(name), at)); i = j + 1
                } else if c == "'" || c == "\"" {
                    var j = i + 1, value = ""
                    while true {
                        guard j < s.count else { throw ParseError(position: at, message: "the text opened here has no closing \(c)") }
                        if s[j] == c {
                            if j + 1 < s.count && s[j + 1] == c { value.unicodeScalars.append(c); j += 2; continue }
                            break
                        }
                        value.unicodeScalars.append(s[j]); j += 1
                    }
                    out.append((.text(value), at)); i = j + 1
                } else if isDigit(c) || ((c == "-" || c == "+" || c == ".") && i + 1 < s.count && (isDigit(s[i + 1]) || s[i + 1] == ".")) {
                    var j = i + 1
                    while j < s.count && (isDigit(s[j]) || s[j] == "." || s[j] == "e" || s[j] == "E"
                                           || ((s[j] == "-" || s[j] == "+") && (s[j - 1] == "e" || s[j - 1] == "E"))) { j += 1 }
                    let literal = String(String.UnicodeScalarView(s[i..<j]))
                    guard ValueParser.double(literal) != nil else { throw ParseError(position: at, message: "'\(literal)' is not a number") }
                    out.append((.number(literal), at)); i = j
                } else if c.properties.isAlphabetic || c == "_" {
                    var j = i + 1
                    while j < s.count && (s[j].properties.isAlphabetic || isDigit(s[j]) || s[j] == "_") { j += 1 }
                    out.append((.word(String(String.UnicodeScalarView(s[i..<j])).uppercased()), at)); i = j
                } else {
                    let two = i + 1 < s.count ? String(String.UnicodeScalarView([c, s[i + 1]])) : ""
                    if ["<=", ">=", "!=", "<>", "=="].contains(two) {
                        out.append((.symbol(two), at)); i += 2
                    } else if "()=<>,".unicodeScalars.contains(c) {
                        out.append((.symbol(String(c)), at)); i += 1
                    } else if c == ":" {
                        throw ParseError(position: at, message: "aggregate references (:name, from withExpressions) are not supported")
                    } else {
                        throw ParseError(position: at, message: "unexpected character '\(c)'")
                    }
                }
            }
            return out
        }
    }

    // MARK: - Parser

    struct Parser {
        let tokens: [(Token, Int)]
        let end: Int
        var k = 0

        var position: Int { k < tokens.count ? tokens[k].1 : end }

        func describe() -> String {
            guard k < tokens.count else { return "the end" }
            switch tokens[k].0 {
            case .word(let w): return w
            case .column(let c): return "`\(c)`"
            case .text(let t): return "'\(t)'"
            case .number(let n), .symbol(let n): return "'\(n)'"
            }
        }

        func fail(_ expected: String) -> ParseError {
            ParseError(position: position, message: "expected \(expected), found \(describe())")
        }

        mutating func accept(word: String) -> Bool {
            if k < tokens.count, tokens[k].0 == .word(word) { k += 1; return true }
            return false
        }

        mutating func accept(symbol: String) -> Bool {
            if k < tokens.count, tokens[k].0 == .symbol(symbol) { k += 1; return true }
            return false
        }

        mutating func expect(word: String) throws(ParseError) {
            guard accept(word: word) else { throw fail(word) }
        }

        mutating func parseCase() throws(ParseError) -> CaseExpression {
            try expect(word: "CASE")
            var branches: [(Condition, Operand)] = []
            while accept(word: "WHEN") {
                let cond = try parseOr()
                try expect(word: "THEN")
                branches.append((cond, try parseOperand()))
            }
            if branches.isEmpty { throw fail("WHEN") }
            let otherwise = accept(word: "ELSE") ? try parseOperand() : .null
            try expect(word: "END")
            if k < tokens.count { throw fail("nothing after END") }
            return CaseExpression(branches: branches, otherwise: otherwise)
        }

        mutating func parseOr() throws(ParseError) -> Condition {
            var left = try parseAnd()
            while accept(word: "OR") { left = .or(left, try parseAnd()) }
            return left
        }

        mutating func parseAnd() throws(ParseError) -> Condition {
            var left = try parseNot()
            while accept(word: "AND") { left = .and(left, try parseNot()) }
            return left
        }

        mutating func parseNot() throws(ParseError) -> Condition {
            if accept(word: "NOT") { return .not(try parseNot()) }
            if accept(symbol: "(") {
                let inner = try parseOr()
                guard accept(symbol: ")") else { throw fail("')'") }
                return inner
            }
            let left = try parseOperand()
            if accept(word: "IS") {
                let negated = accept(word: "NOT")
                try expect(word: "NULL")
                return .isNull(left, negated: negated)
            }
            let negatedIn = accept(word: "NOT")
            if accept(word: "IN") {
                guard accept(symbol: "(") else { throw fail("'(' after IN") }
                var values: [String] = []
                repeat {
                    switch try parseOperand() {
                    case .text(let t), .number(let t): values.append(t)
                    case .null: break  // `x IN (NULL)` is never true
                    case .column: k -= 1; throw fail("a text or number in the IN list")
                    }
                } while accept(symbol: ",")
                guard accept(symbol: ")") else { throw fail("',' or ')'") }
                return .isIn(left, values, negated: negatedIn)
            }
            if negatedIn { throw fail("IN after NOT") }
            guard k < tokens.count, case .symbol(let s) = tokens[k].0, s != "(", s != ")", s != "," else {
                throw fail("a comparison (=, !=, <>, <, <=, >, >=), IS [NOT] NULL or IN")
            }
            k += 1
            let op: Comparison = switch s {
            case "=", "==": .eq
            case "!=", "<>": .ne
            case "<": .lt
            case "<=": .le
            case ">": .gt
            default: .ge
            }
            return .compare(left, op, try parseOperand())
        }

        mutating func parseOperand() throws(ParseError) -> Operand {
            guard k < tokens.count else { throw fail("a column, text or number") }
            switch tokens[k].0 {
            case .column(let c): k += 1; return .column(c)
            case .text(let t): k += 1; return .text(t)
            case .number(let n): k += 1; return .number(n)
            case .word("NULL"): k += 1; return .null
            case .word("TRUE"): k += 1; return .text("true")
            case .word("FALSE"): k += 1; return .text("false")
            default: throw fail("a column, text or number")
            }
        }
    }
}
