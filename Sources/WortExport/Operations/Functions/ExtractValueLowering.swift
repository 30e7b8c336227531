/// EXTRACT_VALUE. When the path's keys name a flattened column (`user.address.zip`, as
/// Wort reads nested JSON), the step copies that column, type kept, right after it: a
/// projection. A path into JSON text inside the cells is refused: Wort gives numbers as
/// written (`1.50`), rejects a cell with anything after its JSON, and takes the first of
/// duplicate keys, while Spark's `get_json_object` and DuckDB's `json_extract_string`
/// rewrite numbers (`1.5`, `100.0`) and Spark reads past trailing text.
enum ExtractValueLowering: StepLowering {
    static let operation = "EXTRACT_VALUE"
    static func lower(_ l: inout Lowering) throws -> String {
        l.params.ignore("sourceColumn")
        let target = l.params.string("targetColumn") ?? ""
        let path = l.params.string("path") ?? ""
        if let keys = objectKeys(path), l.type(of: keys.joined(separator: ".")) != nil {
            return l.project([target: l.col(keys.joined(separator: "."))])
        }
        throw l.refuse("the engines' JSON functions rewrite numbers (1.50 → 1.5) and accept cells that are not JSON as a whole, which Wort reads as null; run this step with `wort run`, or flatten the JSON first", parameter: "path")
    }

    /// The keys of a path made only of object keys (`` `a`.`b c` `` or `a.b`; a doubled
    /// backtick inside a quoted key is one); nil when it indexes an array or is malformed.
    static func objectKeys(_ path: String) -> [String]? {
        var keys: [String] = []
        var rest = Substring(path)
        while true {
            var key = ""
            if rest.first == "`" {
                rest.removeFirst()
                while true {
                    guard let c = rest.popFirst() else { return nil }
                    if c == "`" {
                        if rest.first == "`" { rest.removeFirst(); key.append("`") } else { break }
                    } else { key.append(c) }
                }
            } else {
                while let c = rest.first, c != "." { if c == "[" || c == "`" { return nil }; key.append(c); rest.removeFirst() }
            }
            keys.append(key)
            guard let c = rest.popFirst() else { return keys }
            guard c == ".", !rest.isEmpty else { return nil }
        }
    }
}
