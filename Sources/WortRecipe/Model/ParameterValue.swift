import WortCore
/// A step's `Parameters`: names to DataBrew string values, in the order they were given.
/// Setting an existing name replaces its value in place; a new name goes at the end.
public struct OrderedParameters: Sendable, Equatable, ExpressibleByDictionaryLiteral, Sequence {
    public typealias Element = (name: String, value: String)

    private var entries: [(name: String, value: String)] = []

    public init() {}

    public init(dictionaryLiteral elements: (String, String)...) {
        for (name, value) in elements { self[name] = value }
    }

    public init(_ pairs: [(String, String)]) {
        for (name, value) in pairs { self[name] = value }
    }

    public var count: Int { entries.count }
    public var isEmpty: Bool { entries.isEmpty }
    public var names: [String] { entries.map(\.name) }

    public subscript(name: String) -> String? {
        get { entries.first(where: { $0.name == name })?.value }
        set {
            let index = entries.firstIndex(where: { $0.name == name })
            switch (index, newValue) {
            case let (i?, v?): entries[i].value = v
            case let (i?, nil): entries.remove(at: i)
            case let (nil, v?): entries.append((name, v))
            case (nil, nil): break
            }
        }
    }

    public func makeIterator() -> IndexingIterator<[(name: String, value: String)]> {
        entries.makeIterator()
    }

    public static func == (a: OrderedParameters, b: OrderedParameters) -> Bool {
        a.entries.count == b.entries.count
            && zip(a.entries, b.entries).allSatisfy { $0.name == $1.name && $0.value == $1.value }
    }
}

/// Reading and writing DataBrew parameter strings (§1.2: every value is a string;
/// lists, objects, booleans and numbers are encoded inside it).
public enum ParameterValue {
    /// The canonical CFN→API key rule: lower-case the first character
    /// (`SourceColumn` → `sourceColumn`); camelCase keys are unchanged.
    public static func canonicalName(_ key: String) -> String {
        guard let first = key.first, first.isUppercase else { return key }
        return first.lowercased() + key.dropFirst()
    }

    /// A raw JSON parameter value as DataBrew's string: strings as is, everything else
    /// (arrays, objects, booleans, numbers) as compact JSON text. `nil` for JSON null.
    public static func string(from node: JSONNode) -> String? {
        switch node.kind {
        case .null: return nil
        case .string(let s): return s
        default: return node.compactText
        }
    }

    /// Compact JSON encoding of a list of strings, as the console writes it: `["a","b"]`.
    public static func encode(list: [String]) -> String {
        "[" + list.map(JSONString.quoted).joined(separator: ",") + "]"
    }

    /// The strings of a JSON-list parameter (`"[\"a\",\"b\"]"`), or nil when the value
    /// is not a JSON list of strings.
    public static func stringList(_ value: String) -> [String]? {
        guard let node = try? RecipeJSONParser.parse(value, file: "parameter"),
              case .array(let items) = node.kind else { return nil }
        var out: [String] = []
        for item in items {
            guard case .string(let s) = item.kind else { return nil }
            out.append(s)
        }
        return out
    }

    /// A DataBrew boolean string: `true`/`false` in any case (`"TRUE"` occurs), else nil.
    public static func bool(_ value: String) -> Bool? {
        switch value.lowercased() {
        case "true": return true
        case "false": return false
        default: return nil
        }
    }
}

extension ParameterValue {
    /// A JSON list whose items are strings, numbers or booleans, each as DataBrew's string
    /// (condition values hold numbers too: `[1,2]`).
    public static func stringOrScalarList(_ value: String) -> [String]? {
        guard let node = try? RecipeJSONParser.parse(value, file: "parameter"),
              case .array(let items) = node.kind else { return nil }
        var out: [String] = []
        for item in items {
            switch item.kind {
            case .array, .object, .null: return nil
            default: guard let s = string(from: item) else { return nil }; out.append(s)
            }
        }
        return out
    }
}
