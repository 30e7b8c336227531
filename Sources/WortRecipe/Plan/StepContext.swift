import WortCore

/// What an operation sees while it is planned: its step, the schema it receives (which it
/// changes into the schema it gives), and typed access to its parameters that records a
/// problem, with step number and parameter name, for anything missing or malformed.
public struct StepContext {
    /// 1-based.
    public let number: Int
    public let step: RecipeStep
    public var schema: Schema
    public let environment: RecipeEnvironment
    public private(set) var problems: [RecipeProblem] = []
    /// Parameters read so far; the others are reported as unknown (a typo guard).
    private(set) var used: Set<String> = []

    public init(number: Int, step: RecipeStep, schema: Schema, environment: RecipeEnvironment) {
        self.number = number; self.step = step; self.schema = schema; self.environment = environment
    }

    public var operation: String { step.action.operation }
    public var parameters: OrderedParameters { step.action.parameters }
    public var hasProblems: Bool { problems.contains { !$0.isWarning } }

    public mutating func problem(_ parameter: String?, _ message: String) {
        problems.append(RecipeProblem(step: number, operation: operation, parameter: parameter, message: message))
    }

    public mutating func warning(_ parameter: String?, _ message: String) {
        problems.append(RecipeProblem(step: number, operation: operation, parameter: parameter, message: message, isWarning: true))
    }

    // MARK: - Parameters

    /// The raw string, marking the parameter as understood.
    public mutating func raw(_ name: String) -> String? {
        used.insert(name)
        return parameters[name]
    }

    /// Marks parameters the operation accepts but does not need (console bookkeeping
    /// such as `functionStepType`), so they are not reported as unknown.
    public mutating func ignore(_ names: String...) { for n in names { used.insert(n) } }

    /// A required, non-empty string.
    public mutating func string(_ name: String) -> String? {
        guard let v = raw(name) else { problem(name, "missing parameter"); return nil }
        return v
    }

    public mutating func optionalString(_ name: String) -> String? { raw(name) }

    public mutating func bool(_ name: String, default value: Bool) -> Bool {
        guard let v = raw(name) else { return value }
        guard let b = ParameterValue.bool(v) else { problem(name, "expected true or false, not '\(v)'"); return value }
        return b
    }

    public mutating func int(_ name: String, default value: Int? = nil, range: ClosedRange<Int>? = nil) -> Int? {
        guard let v = raw(name) else {
            if value == nil { problem(name, "missing parameter") }
            return value
        }
        guard let i = Int(v.trimmingSpaces) else { problem(name, "expected a whole number, not '\(v)'"); return nil }
        if let range, !range.contains(i) { problem(name, "\(i) is outside \(range.lowerBound)...\(range.upperBound)"); return nil }
        return i
    }

    public mutating func double(_ name: String, default value: Double? = nil) -> Double? {
        guard let v = raw(name) else {
            if value == nil { problem(name, "missing parameter") }
            return value
        }
        guard let d = ValueParser.double(v.trimmingSpaces) else { problem(name, "expected a number, not '\(v)'"); return nil }
        return d
    }

    /// One of `choices` (compared case-insensitively), returned as spelt in `choices`.
    public mutating func choice(_ name: String, _ choices: [String], default value: String? = nil) -> String? {
        guard let v = raw(name) else {
            if value == nil { problem(name, "missing parameter; expected one of \(choices.joined(separator: ", "))") }
            return value
        }
        guard let c = choices.first(where: { $0.lowercased() == v.lowercased() }) else {
            problem(name, "'\(v)' is not one of \(choices.joined(separator: ", "))" + NameSuggestion.hint(for: v, among: choices))
            return nil
        }
        return c
    }

    /// A JSON list of strings (`"[\"a\",\"b\"]"`).
    public mutating func stringList(_ name: String, required: Bool = true) -> [String]? {
        guard let v = raw(name) else {
            if required { problem(name, "missing parameter") }
            return nil
        }
        guard let list = ParameterValue.stringList(v) else { problem(name, "expected a JSON list of strings, like [\"a\",\"b\"], not \(v)"); return nil }
        return list
    }

    /// A parameter holding JSON (objects, lists of objects).
    public mutating func json(_ name: String, required: Bool = true) -> JSONNode? {
        guard let v = raw(name) else {
            if required { problem(name, "missing parameter") }
            return nil
        }
        guard let node = try? RecipeJSONParser.parse(v, file: name) else { problem(name, "not valid JSON: \(v)"); return nil }
        return node
    }

    // MARK: - Columns

    public func index(of column: String) -> Int? { schema.fields.firstIndex { $0.name == column } }

    /// The problem text for a column that is not there, with a suggestion.
    public func notFound(_ column: String) -> String {
        "column '\(column)' not found" + NameSuggestion.hint(for: column, among: schema.names)
    }

    /// The index of the column a parameter names; a problem when absent.
    public mutating func column(_ name: String) -> Int? {
        guard let c = string(name) else { return nil }
        guard let i = index(of: c) else { problem(name, notFound(c)); return nil }
        return i
    }

    /// The indices of the columns a JSON-list parameter names.
    public mutating func columns(_ name: String) -> [Int]? {
        guard let list = stringList(name) else { return nil }
        return resolve(list, parameter: name)
    }

    public mutating func resolve(_ names: [String], parameter: String) -> [Int]? {
        var out: [Int] = []
        var ok = true
        for c in names {
            if let i = index(of: c) { out.append(i) } else { problem(parameter, notFound(c)); ok = false }
        }
        return ok ? out : nil
    }

    /// `sourceColumns` (a JSON list) or, as DataBrew's docs also show, `sourceColumn`.
    public mutating func sourceColumns() -> [Int]? {
        if parameters["sourceColumns"] != nil { used.insert("sourceColumn"); return columns("sourceColumns") }
        used.insert("sourceColumns")
        return column("sourceColumn").map { [$0] }
    }

    /// The name a step gives a new column; a problem when it is missing or taken.
    public mutating func newColumn(_ name: String) -> String? {
        guard let c = string(name) else { return nil }
        if c.isEmpty { problem(name, "the new column needs a name"); return nil }
        if index(of: c) != nil { problem(name, "column '\(c)' already exists") ; return nil }
        return c
    }

    /// Problems for parameters no part of the operation read.
    mutating func reportUnknownParameters() {
        for name in parameters.names where !used.contains(name) {
            let hint = NameSuggestion.hint(for: name, among: Array(used))
            warning(name, "parameter not used by \(operation); kept in the recipe" + hint)
        }
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
