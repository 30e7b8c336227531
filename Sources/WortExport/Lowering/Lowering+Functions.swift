import WortCore
import WortRecipe

/// Helpers of the function steps: their input (`sourceColumn` or the constant `value`),
/// values as Wort writes them as text, and text read as Wort reads each type.
extension Lowering {
    /// What a function step reads (WortRecipe's FunctionInput): a column, or the same
    /// constant text on every row.
    enum FunctionSource {
        case column(String, DataType)
        case constant(String)
    }

    /// `sourceColumn` or `value`, as pre-flight resolved them.
    mutating func functionSource() -> FunctionSource {
        params.ignore("functionStepType")
        if params.parameters["value"] != nil, let v = params.raw("value") {
            params.ignore("sourceColumn")
            return .constant(v)
        }
        params.ignore("value")
        let name = params.string("sourceColumn") ?? ""
        return .column(name, type(of: name) ?? .string)
    }

    /// The function step's input as text (Wort's text of a typed value).
    mutating func functionInputText() -> String {
        switch functionSource() {
        case .column(let name, let t): valueText(col(name), from: t)
        case .constant(let v): lit(v)
        }
    }

    /// Defines the SQL functions `definitions` once, before the steps.
    func defineAll(_ definitions: [String]) { for x in definitions { define(x) } }

    /// A value of type `t` as Wort writes it as text (WortCore's ValueFormatter): digits
    /// for integers, `true`/`false`, ISO dates, timestamps with six fraction digits when
    /// there are any, and doubles in Wort's own notation (`3.0`, `0.00001`, `1e+16`), which
    /// neither engine's cast gives (Spark writes `1.0E7`, DuckDB `1e-05`).
    func valueText(_ e: String, from t: DataType) -> String {
        let d = dialect
        switch t {
        case .string: return e
        case .int64, .decimal, .date: return "CAST(\(e) AS \(d.type(.string)))"
        case .bool: return d.text(e, from: .bool)
        case .timestamp: return d.timestampText(e)
        case .double:
            defineAll(FunctionDefinitions.doubleText(d))
            return "wort_fn_double_text(\(e))"
        }
    }

    /// A column's text, as Wort's text steps see it.
    func columnText(_ name: String) -> String { valueText(col(name), from: type(of: name) ?? .string) }

    /// Text read as Wort reads a value of type `t` (WortCore's ValueParser: spaces and
    /// tabs trimmed; integers without leading zeros, within 64 bits; decimal notation for
    /// doubles, finite only; true/false/yes/no; month-first dates); NULL when it does not
    /// read. Both engines' casts accept more (`'3.7'` → 4 and `'1e3'` → 1000 as DuckDB
    /// integers, `'Infinity'`, `' 1d'`, ISO timestamps with fewer digits, ...).
    func parsed(_ text: String, as t: DataType, parameter: String) throws -> String {
        let d = dialect
        let v = d.trimSpacesAndTabs(text)
        switch t {
        case .string:
            return text
        case .int64:
            return "CASE WHEN \(d.matches(v, d.string("^[+-]?(0|[1-9][0-9]{0,18})\\z"))) THEN \(d.tryCast(v, .int64)) END"
        case .double:
            let number = d.tryCast(v, .double)
            let syntax = "^[+-]?(?:(?:0|[1-9][0-9]*)(?:[.][0-9]*)?|[.][0-9]+)(?:[eE][+-]?[0-9]+)?\\z"
            return "CASE WHEN \(d.matches(v, d.string(syntax))) AND abs(\(number)) < \(d.double(.infinity)) THEN \(number) END"
        case .bool:
            return "CASE lower(\(v)) WHEN 'true' THEN TRUE WHEN 'yes' THEN TRUE WHEN 'false' THEN FALSE WHEN 'no' THEN FALSE END"
        case .date:
            defineAll(FunctionDefinitions.dateParsing(d))
            return "wort_fn_date(\(text))"
        case .timestamp:
            defineAll(FunctionDefinitions.dateParsing(d))
            return "wort_fn_timestamp(\(text))"
        case .decimal:
            throw refuse("Wort's decimal(p,s) keeps values of more than p digits, which an engine's DECIMAL(p,s) cannot hold; cast to double in the recipe", parameter: parameter)
        }
    }

    /// A value of type `t` as a zone-less timestamp, the way Wort's date-part functions
    /// read it (WortRecipe's DateValues): dates at midnight, text as a month-first date
    /// with an optional time, any other type NULL.
    func dateTime(_ e: String, from t: DataType) -> String {
        switch t {
        case .timestamp: return e
        case .date: return "CAST(\(e) AS \(dialect.type(.timestamp)))"
        case .string:
            defineAll(FunctionDefinitions.dateParsing(dialect))
            return "wort_fn_timestamp(\(e))"
        default: return dialect.null(.timestamp)
        }
    }
}
