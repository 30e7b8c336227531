import WortCore
import WortRecipe

/// SORT: Wort orders all rows by `expressions` (`sourceColumn`, `ordering`,
/// `nullsOrdering`, `customOrder`, `isCustomOrderCaseSensitive`), stably: rows equal on
/// every key keep their order. Values compare by type, text by UTF-8 bytes (the default
/// binary order of both engines); a `customOrder` puts its values first, in its order
/// (compared as text, case-folded unless asked), then the rest, nulls among the rest.
///
/// The SQL: the new row order is `row_number() OVER (ORDER BY <keys>, _wort_rid)`, each
/// key `CASE fold(text) WHEN fold(v0) THEN 0 … ELSE n END` (custom order), then the value
/// with explicit `NULLS FIRST|LAST` (the engines' defaults differ). One partition: a
/// global order does not scale out (scale-out.md §1.4 #11).
enum SortLowering: StepLowering {
    static let operation = "SORT"

    static func lower(_ l: inout Lowering) throws -> String {
        let d = l.dialect
        guard let node = l.params.json("expressions"), case .array(let items) = node.kind else {
            throw l.refuse("expected a JSON list of sort keys", parameter: "expressions")
        }
        var keys: [String] = []
        for (k, item) in items.enumerated() {
            let place = "expressions[\(k)]"
            guard case .object(let members) = item.kind else { throw l.refuse("expected an object", parameter: place) }
            var fields: [String: JSONNode] = [:]
            for m in members { fields[m.key] = m.value }
            func text(_ name: String) -> String? { fields[name].flatMap(ParameterValue.string(from:)) }
            guard let column = text("sourceColumn"), let type = l.type(of: column) else {
                throw l.refuse("sourceColumn not found", parameter: place)
            }
            let descending = text("ordering")?.uppercased() == "DESCENDING"
            let nullsFirst = text("nullsOrdering")?.uppercased() == "NULLS_TOP"
            if let custom = fields["customOrder"], custom.kind != .null {
                let list: [String]?
                switch custom.kind {
                case .array(let values):
                    let strings = values.compactMap(ParameterValue.string(from:))
                    list = strings.count == values.count ? strings : nil
                case .string(let s): list = ParameterValue.stringOrScalarList(s)
                default: list = nil
                }
                guard let list else { throw l.refuse("customOrder must be a list of values", parameter: place) }
                let caseSensitive = text("isCustomOrderCaseSensitive").flatMap(ParameterValue.bool) ?? false
                let fold: (String) -> String = caseSensitive ? { $0 } : { d.lower($0) }
                if !list.isEmpty {
                    // A NULL cell matches no WHEN and takes the rank of the rest; the first
                    // of equal listed values wins, as in Wort.
                    let whens = list.enumerated().map { "WHEN \(fold(d.string($0.element))) THEN \($0.offset)" }
                    keys.append("CASE \(fold(d.text(l.col(column), from: type))) " + whens.joined(separator: " ") + " ELSE \(list.count) END")
                }
            }
            keys.append(l.col(column) + (descending ? " DESC" : " ASC") + (nullsFirst ? " NULLS FIRST" : " NULLS LAST"))
        }
        guard !keys.isEmpty else { throw l.refuse("expected at least one sort key", parameter: "expressions") }
        keys.append(l.rid)
        return l.project([:], rid: "row_number() OVER (ORDER BY " + keys.joined(separator: ", ") + ")")
    }
}
