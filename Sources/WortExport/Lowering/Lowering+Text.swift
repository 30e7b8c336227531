import WortCore
import WortRecipe

/// Helpers of the text, date and arithmetic lowerings: cells read the way Wort's text,
/// date and number steps read them, and Wort's regular expressions in each engine's flavour.
extension Lowering {
    /// A column as Wort's text steps see it: its text as Wort writes it (doubles as
    /// shortest round-trip text, timestamps with six fraction digits when there are any).
    public func wortText(_ column: String) -> String {
        wortText(col(column), type: type(of: column) ?? .string)
    }

    /// A value of type `t` as Wort writes it in text.
    public func wortText(_ e: String, type t: DataType) -> String {
        switch t {
        case .double:
            guard dialect == .duckdb else { return DoubleTextFunctions.sparkExpression(e) }
            for f in DoubleTextFunctions.definitions() { define(f) }
            return "\(DoubleTextFunctions.name)(\(e))"
        case .timestamp:
            return DateTimeFunctions.text(e, dialect)
        default:
            return dialect.text(e, from: t)
        }
    }

    /// A column's date-time the way Wort's date steps read it (DateValues): dates at
    /// midnight, timestamps as they are, text read as Wort reads a date-time; NULL for
    /// anything else.
    public func wortTimestamp(_ column: String) -> String {
        let c = col(column)
        switch type(of: column) ?? .string {
        case .date: return "CAST(\(c) AS \(dialect.type(.timestamp)))"
        case .timestamp: return c
        case .string: return wortTimestamp(text: c)
        default: return dialect.null(.timestamp)
        }
    }

    /// Text read as Wort reads a date-time (month first in `M/D/YYYY`).
    public func wortTimestamp(text e: String) -> String {
        guard dialect == .duckdb else { return DateTimeFunctions.read(e, dialect) }
        define(DateTimeFunctions.readDefinition())
        return "\(DateTimeFunctions.readName)(\(e))"
    }

    /// A number the way Wort's math functions read a column (NumericValues): numbers as
    /// DOUBLE, text read as Wort reads a double (no `007`, `inf` or `NaN`, which the
    /// engines' casts accept; NULL when it overflows), NULL for anything else.
    public func wortNumber(_ column: String) -> String {
        let c = col(column)
        switch type(of: column) ?? .string {
        case .int64, .double, .decimal: return "CAST(\(c) AS DOUBLE)"
        case .string: return wortDouble(text: c)
        default: return dialect.null(.double)
        }
    }

    /// Text as Wort's double parser reads it: optional sign, digits without a leading
    /// zero (or a fraction only), optional exponent; spaces and tabs around are ignored.
    public func wortDouble(text e: String) -> String {
        let v = dialect.trimSpacesAndTabs(e)
        let syntax = dialect.wholeMatch(v, "[+-]?(?:(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?")
        let n = dialect.tryCast(v, .double)
        return "CASE WHEN \(syntax) AND \(dialect.isFinite(n)) THEN \(n) END"
    }

    /// Text as Wort's integer parser reads it: optional sign, digits without a leading
    /// zero, within BIGINT.
    public func wortInteger(text e: String) -> String {
        let v = dialect.trimSpacesAndTabs(e)
        return "CASE WHEN \(dialect.wholeMatch(v, "[+-]?(?:0|[1-9][0-9]*)")) THEN \(dialect.tryCast(v, .int64)) END"
    }

    /// `pattern` (a Wort regular expression) as a regex literal of this dialect, or a
    /// refusal naming `parameter`.
    func icuRegex(_ pattern: String, parameter: String) throws -> (ICURegex, String) {
        guard let regex = ICURegex(pattern) else { throw refuse("not a valid regular expression", parameter: parameter) }
        do {
            return (regex, dialect.string(try regex.translated(for: dialect)))
        } catch {
            throw refuse(error.reason, parameter: parameter)
        }
    }

    /// A DataBrew date pattern (WortRecipe's DatePattern) in both engines' spelling.
    static func datePatternTokens(_ pattern: String) -> [DatePatternToken] {
        DatePattern(pattern).tokens.map { t in
            switch t {
            case .year4: .field("%Y", "yyyy")
            case .year2: .field("%y", "yy")
            case .month2: .field("%m", "MM")
            case .month1: .field("%-m", "M")
            case .monthShort: .field("%b", "MMM")
            case .monthLong: .field("%B", "MMMM")
            case .day2: .field("%d", "dd")
            case .day1: .field("%-d", "d")
            case .hour24(let padded): padded ? .field("%H", "HH") : .field("%-H", "H")
            case .hour12(let padded): padded ? .field("%I", "hh") : .field("%-I", "h")
            case .minute(let padded): padded ? .field("%M", "mm") : .field("%-M", "m")
            case .second(let padded): padded ? .field("%S", "ss") : .field("%-S", "s")
            case .millisecond: .field("%g", "SSS")
            case .ampm: .field("%p", "a")
            case .weekdayShort: .field("%a", "EEE")
            case .weekdayLong: .field("%A", "EEEE")
            case .literal(let bytes): .literal(String(decoding: bytes, as: UTF8.self))
            }
        }
    }
}

extension Lowering {
    /// Values a step's expressions use more than once, or inside a lambda, computed once
    /// per row: each expression that is more than a plain column becomes a column of a
    /// subquery over the previous view (`from` for `project`). A number's text is long in
    /// SQL; Spark would otherwise repeat it and give up compiling the step.
    public func prepare(_ exprs: [String], over source: String? = nil) -> (values: [String], from: String?) {
        var items: [String] = []
        var values: [String] = []
        for e in exprs {
            if !e.contains("(") && !e.contains(" ") {
                values.append(e)
            } else {
                let name = "wort_value_\(items.count)"
                items.append("\(e) AS \(name)")
                values.append(name)
            }
        }
        guard !items.isEmpty else { return (values, source) }
        let level = source == nil ? "" : "_2"
        return (values.map { $0.hasPrefix("wort_value_") ? $0 + level : $0 },
                "(SELECT *, " + items.map { $0 + level }.joined(separator: ", ") + " FROM \(source ?? from)) AS wort_prepared\(level)")
    }
}
