import WortCore
import WortRecipe

/// UNION: Wort appends the rows of the datasets in `secondaryDatasetNames` (or
/// `secondaryInputs`) to the current rows, columns mapped by position through
/// `datasetsColumns` (null: the dataset lacks it, NULLs) and named `targetColumnNames`.
/// A column whose sources differ in type is DOUBLE when all are numbers, else text
/// (values as Wort writes them); pre-flight's output schema says which.
///
/// The SQL: `UNION ALL` of one projection per dataset, each cast explicitly to the
/// planned type (the engines would widen differently). Row order: the current rows in
/// their order, then each dataset's rows in file order. The new row-order value is a
/// struct (dataset index, current row order, dataset row order), the field that does not
/// apply left NULL: the current row order may itself be a struct (after a JOIN), and both
/// branches of a UNION need one type. No renumbering, so the step stays distributed.
enum UnionLowering: StepLowering {
    static let operation = "UNION"

    static func lower(_ l: inout Lowering) throws -> String {
        let d = l.dialect
        let lists = try columnLists(&l)
        let names = l.params.stringList("secondaryDatasetNames", required: false)
        let locations = try inputLocations(&l)
        l.params.ignore("targetColumnNames")
        let targets = l.output.fields
        guard lists.count >= 2, lists.allSatisfy({ $0.count == targets.count }) else {
            throw l.refuse("the column lists do not match the planned schema", parameter: "datasetsColumns")
        }
        func branch(_ columns: [String?], _ schema: Schema, prefix: String) throws -> [String] {
            try zip(columns, targets).map { source, target in
                guard let source else { return d.null(target.type) + " AS " + l.col(target.name) }
                guard let type = schema.fields.first(where: { $0.name == source })?.type else {
                    throw l.refuse("column '\(source)' not found", parameter: "datasetsColumns")
                }
                let x = prefix + l.col(source)
                let value: String
                if type == target.type { value = x }
                else if target.type == .string { value = d.text(x, from: type) }
                else if target.type == .double { value = "CAST(\(x) AS DOUBLE)" }
                else { value = d.tryCast(x, target.type) }
                return value + " AS " + l.col(target.name)
            }
        }
        let noRid = d.null(.int64)
        var parts: [String] = []
        let current = try branch(lists[0], l.input, prefix: "")
        let currentKey = d.orderKey([("d", "0"), ("c", l.rid), ("s", noRid)])
        parts.append("SELECT " + (current + [currentKey + " AS " + l.rid]).joined(separator: ", ") + " FROM " + l.from)
        for k in 1..<lists.count {
            let name = names.flatMap { k - 1 < $0.count ? $0[k - 1] : nil }
            let location = locations.flatMap { k - 1 < $0.count ? $0[k - 1] : nil }
            let source = try l.dataset(named: name, location: location,
                                       parameter: name != nil ? "secondaryDatasetNames" : "secondaryInputs")
            let items = try branch(lists[k], source.schema, prefix: "")
            let key = d.orderKey([("d", "\(k)"), ("c", "NULL"), ("s", l.rid)])
            parts.append("SELECT " + (items + [key + " AS " + l.rid]).joined(separator: ", ") + " FROM " + source.view)
        }
        return parts.joined(separator: "\nUNION ALL\n")
    }

    /// `datasetsColumns`: a JSON list of lists of column names or nulls.
    static func columnLists(_ l: inout Lowering) throws -> [[String?]] {
        guard let node = l.params.json("datasetsColumns"), case .array(let items) = node.kind else {
            throw l.refuse("expected a JSON list of lists", parameter: "datasetsColumns")
        }
        return try items.map { item in
            guard case .array(let cells) = item.kind else { throw l.refuse("expected a JSON list of lists", parameter: "datasetsColumns") }
            return try cells.map { cell in
                switch cell.kind {
                case .null: return nil
                case .string(let s): return s
                default: throw l.refuse("expected column names or null", parameter: "datasetsColumns")
                }
            }
        }
    }

    /// `secondaryInputs` as `s3://Bucket/Key` locations.
    static func inputLocations(_ l: inout Lowering) throws -> [String]? {
        guard let node = l.params.json("secondaryInputs", required: false) else { return nil }
        guard case .array(let items) = node.kind else { throw l.refuse("expected a JSON list", parameter: "secondaryInputs") }
        return try items.map { item in
            guard case .object(let members) = item.kind,
                  let s3 = members.first(where: { $0.key == "S3InputDefinition" }), case .object(let parts) = s3.value.kind,
                  let bucket = parts.first(where: { $0.key == "Bucket" }).flatMap({ ParameterValue.string(from: $0.value) }),
                  let key = parts.first(where: { $0.key == "Key" }).flatMap({ ParameterValue.string(from: $0.value) })
            else { throw l.refuse("expected {\"S3InputDefinition\":{\"Bucket\":...,\"Key\":...}}", parameter: "secondaryInputs") }
            return "s3://\(bucket)/\(key)"
        }
    }
}
