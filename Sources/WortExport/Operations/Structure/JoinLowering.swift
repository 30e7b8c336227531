import WortCore
import WortRecipe

/// JOIN: the current data with a second dataset on `joinKeys`, keeping `leftColumns` then
/// `rightColumns` (named as pre-flight named them: a taken name gets `_2`, ...).
///
/// Row order as in Wort: the current data's order, each row's matches in the second
/// dataset's order, unmatched second-dataset rows last in its order. The new row-order
/// value is a struct of the two sides' (orderable in both engines), so no global
/// renumbering is needed and the join stays distributed.
enum JoinLowering: StepLowering {
    static let operation = "JOIN"

    static func lower(_ l: inout Lowering) throws -> String {
        let d = l.dialect
        let second = try l.dataset(name: "secondaryDatasetName", location: "secondInputLocation")
        let kind = l.params.string("joinType") ?? "INNER_JOIN"
        var pairs: [(String, String)] = []
        if let node = l.params.json("joinKeys"), case .array(let items) = node.kind {
            for item in items {
                guard case .object(let members) = item.kind,
                      let k = members.first(where: { $0.key == "key" }).flatMap({ ParameterValue.string(from: $0.value) }),
                      let v = members.first(where: { $0.key == "value" }).flatMap({ ParameterValue.string(from: $0.value) })
                else { throw l.refuse("malformed key pair", parameter: "joinKeys") }
                pairs.append((k, v))
            }
        }
        let leftNames = l.params.stringList("leftColumns", required: false) ?? l.input.names
        let rightNames = l.params.stringList("rightColumns", required: false) ?? second.schema.names
        guard leftNames.count + rightNames.count == l.output.fields.count else {
            throw l.refuse("the kept columns do not match the planned schema", parameter: "rightColumns")
        }
        var items: [String] = []
        for (k, name) in leftNames.enumerated() {
            items.append("l.\(l.col(name)) AS \(l.col(l.output.fields[k].name))")
        }
        for (k, name) in rightNames.enumerated() {
            items.append("r.\(l.col(name)) AS \(l.col(l.output.fields[leftNames.count + k].name))")
        }
        let lr = "l.\(l.rid)", rr = "r.\(l.rid)"
        items.append(d.orderKey([("unmatched", "\(lr) IS NULL"), ("l", lr), ("r", rr)]) + " AS " + l.rid)

        var on: [String] = []
        for (a, b) in pairs {
            let lt = l.type(of: a) ?? .string
            let rt = second.schema.fields.first { $0.name == b }?.type ?? .string
            let x = "l.\(l.col(a))", y = "r.\(l.col(b))"
            on.append(lt == rt ? "\(x) = \(y)" : "\(d.text(x, from: lt)) = \(d.text(y, from: rt))")
        }
        let join: String, filter: String?
        switch kind {
        case "INNER_JOIN": (join, filter) = ("INNER JOIN", nil)
        case "LEFT_JOIN": (join, filter) = ("LEFT JOIN", nil)
        case "RIGHT_JOIN": (join, filter) = ("RIGHT JOIN", nil)
        case "OUTER_JOIN": (join, filter) = ("FULL OUTER JOIN", nil)
        case "LEFT_EXCLUDING_JOIN": (join, filter) = ("LEFT JOIN", "\(rr) IS NULL")
        case "RIGHT_EXCLUDING_JOIN": (join, filter) = ("RIGHT JOIN", "\(lr) IS NULL")
        case "OUTER_EXCLUDING_JOIN": (join, filter) = ("FULL OUTER JOIN", "\(lr) IS NULL OR \(rr) IS NULL")
        default: throw l.refuse("unknown join type '\(kind)'", parameter: "joinType")
        }
        var q = "SELECT " + items.joined(separator: ", ") + "\nFROM \(l.from) AS l \(join) \(second.view) AS r ON "
            + on.joined(separator: " AND ")
        if let filter { q += "\nWHERE " + filter }
        return q
    }
}

extension SQLDialect {
    /// A value that orders rows by several keys in turn (a struct: both engines order
    /// structs field by field).
    public func orderKey(_ fields: [(name: String, value: String)]) -> String {
        switch self {
        case .duckdb: "struct_pack(" + fields.map { "\($0.name) := \($0.value)" }.joined(separator: ", ") + ")"
        case .spark: "named_struct(" + fields.map { "'\($0.name)', \($0.value)" }.joined(separator: ", ") + ")"
        }
    }
}
