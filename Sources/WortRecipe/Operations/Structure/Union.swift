import WortCore
import WortIO

/// UNION: appends the rows of one or more other datasets to the current one, mapping
/// columns by position. `datasetsColumns` is a JSON list of lists: list 0 names the
/// current dataset's columns in target order, list k the k-th secondary dataset's
/// (`null` = the dataset has no such column: nulls). `targetColumnNames` names the
/// result's columns. A secondary dataset is found by its `secondaryDatasetNames` entry or
/// its `secondaryInputs` location (`s3://Bucket/Key`) through the dataset resolver.
///
/// Pre-flight opens each secondary file only to learn its columns; the rows are read at
/// run time, after the current dataset's rows have passed (`finish`). A target column
/// whose sources differ in type becomes double when all are numbers, text otherwise (the
/// SQL export casts explicitly to the same type).
enum Union: RecipeOperation {
    static let name = "UNION"
    static let conditionUse = ConditionUse.unsupported

    struct Secondary: Sendable {
        var label: String
        var path: String
        /// Per target column, the source column's name (nil: absent).
        var columns: [String?]
    }

    static func plan(_ context: inout StepContext) -> StepKernel? {
        let lists = columnLists(&context)
        let targets = context.stringList("targetColumnNames")
        let names = context.stringList("secondaryDatasetNames", required: false)
        let locations = inputLocations(&context)
        guard let lists, let targets else { return nil }
        guard lists.count >= 2 else {
            context.problem("datasetsColumns", "expected the current dataset's columns and at least one other dataset's")
            return nil
        }
        let secondaryCount = lists.count - 1
        if let names, names.count != secondaryCount {
            context.problem("secondaryDatasetNames", "\(names.count) names for \(secondaryCount) other datasets in datasetsColumns")
        }
        if let locations, locations.count != secondaryCount {
            context.problem("secondaryInputs", "\(locations.count) inputs for \(secondaryCount) other datasets in datasetsColumns")
        }
        if names == nil && locations == nil {
            context.problem("secondaryDatasetNames", "missing parameter (or secondaryInputs)")
        }
        var seen: Set<String> = []
        for t in targets {
            if t.isEmpty { context.problem("targetColumnNames", "a target column needs a name") }
            else if !seen.insert(t).inserted { context.problem("targetColumnNames", "column '\(t)' is named twice") }
        }
        for (k, list) in lists.enumerated() where list.count != targets.count {
            context.problem("datasetsColumns", "list \(k) has \(list.count) columns for \(targets.count) targetColumnNames")
        }
        guard !context.hasProblems else { return nil }

        // The current dataset.
        var types: [[DataType]] = Array(repeating: [], count: targets.count)
        var current: [Int?] = []
        for (j, c) in lists[0].enumerated() {
            guard let c else { current.append(nil); continue }
            guard let i = context.index(of: c) else { context.problem("datasetsColumns", context.notFound(c)); current.append(nil); continue }
            current.append(i)
            types[j].append(context.schema.fields[i].type)
        }
        // The others, opened for their schema only.
        var secondaries: [Secondary] = []
        for k in 0..<secondaryCount {
            let name = names?[k], location = locations?[k]
            let label = name ?? location ?? "dataset \(k + 1)"
            let parameter = name != nil ? "secondaryDatasetNames" : "secondaryInputs"
            let path: String
            switch context.environment.datasets.resolve(name: name, location: location) {
            case .failure(let f): context.problem(parameter, f.message); continue
            case .success(let p): path = p
            }
            let schema: Schema
            do {
                schema = try TableFiles.openReader(path, format: nil, options: context.environment.readOptions).schema
            } catch {
                context.problem(parameter, "cannot read dataset '\(label)' (\(path)): \(error)")
                continue
            }
            for (j, c) in lists[k + 1].enumerated() {
                guard let c else { continue }
                guard let f = schema.fields.first(where: { $0.name == c }) else {
                    context.problem("datasetsColumns", "column '\(c)' not found in dataset '\(label)'" + NameSuggestion.hint(for: c, among: schema.names))
                    continue
                }
                types[j].append(f.type)
            }
            secondaries.append(Secondary(label: label, path: path, columns: lists[k + 1]))
        }
        guard !context.hasProblems else { return nil }
        let fields = zip(targets, types).map { Field(name: $0, type: commonType($1)) }
        context.schema = Schema(fields)
        let options = context.environment.readOptions
        let currentColumns = current
        let others = secondaries
        return .stream { UnionTransform(current: currentColumns, secondaries: others, fields: fields, options: options) }
    }

    /// The type every source of a target column converts to.
    static func commonType(_ types: [DataType]) -> DataType {
        guard let first = types.first else { return .string }
        if types.allSatisfy({ $0 == first }) { return first }
        if types.allSatisfy(Numeric.isNumeric) { return .double }
        return .string
    }

    /// `datasetsColumns`: a list of lists of column names or nulls.
    static func columnLists(_ context: inout StepContext) -> [[String?]]? {
        guard let node = context.json("datasetsColumns") else { return nil }
        let bad = "expected a JSON list of lists of column names (null for an absent column)"
        guard case .array(let items) = node.kind else { context.problem("datasetsColumns", bad); return nil }
        var out: [[String?]] = []
        for item in items {
            guard case .array(let cells) = item.kind else { context.problem("datasetsColumns", bad); return nil }
            var list: [String?] = []
            for cell in cells {
                switch cell.kind {
                case .null: list.append(nil)
                case .string(let s): list.append(s)
                default: context.problem("datasetsColumns", bad); return nil
                }
            }
            out.append(list)
        }
        return out
    }

    /// `secondaryInputs` as locations: `[{"S3InputDefinition":{"Bucket":"b","Key":"k"}}]`
    /// gives `s3://b/k`.
    static func inputLocations(_ context: inout StepContext) -> [String]? {
        guard let node = context.json("secondaryInputs", required: false) else { return nil }
        let bad = "expected a JSON list of {\"S3InputDefinition\":{\"Bucket\":...,\"Key\":...}}"
        guard case .array(let items) = node.kind else { context.problem("secondaryInputs", bad); return nil }
        var out: [String] = []
        for item in items {
            guard case .object(let members) = item.kind,
                  let s3 = members.first(where: { $0.key == "S3InputDefinition" }),
                  case .object(let parts) = s3.value.kind else { context.problem("secondaryInputs", bad); return nil }
            func part(_ name: String) -> String? {
                parts.first { $0.key == name }.flatMap { ParameterValue.string(from: $0.value) }
            }
            guard let bucket = part("Bucket"), let key = part("Key") else { context.problem("secondaryInputs", bad); return nil }
            out.append("s3://\(bucket)/\(key)")
        }
        return out
    }
}

/// Passes the current rows through (re-arranged), then gives the other datasets' rows.
final class UnionTransform: BatchTransform {
    let current: [Int?]
    let secondaries: [Union.Secondary]
    let fields: [Field]
    let options: ReadOptions

    init(current: [Int?], secondaries: [Union.Secondary], fields: [Field], options: ReadOptions) {
        self.current = current; self.secondaries = secondaries; self.fields = fields; self.options = options
    }

    func process(_ batch: Table) throws -> Table { project(batch, current) }

    func finish() throws -> Table? {
        var parts: [Table] = []
        for s in secondaries {
            let reader = try TableFiles.openReader(s.path, format: nil, options: options)
            // Found again by name: the file is read now, not when pre-flight looked at it.
            var mapping: [Int?] = []
            for c in s.columns {
                guard let c else { mapping.append(nil); continue }
                guard let i = reader.schema.fields.firstIndex(where: { $0.name == c }) else {
                    throw WortError.data("UNION: column '\(c)' is no longer in dataset '\(s.label)' (\(s.path))")
                }
                mapping.append(i)
            }
            while let batch = try reader.nextBatch() { parts.append(project(batch, mapping)) }
        }
        return parts.isEmpty ? nil : Table.concatenate(parts, schema: Schema(fields))
    }

    private func project(_ table: Table, _ mapping: [Int?]) -> Table {
        Table(columns: zip(mapping, fields).map { i, f in
            guard let i else { return Column.nulls(name: f.name, type: f.type, count: table.rowCount) }
            return table.columns[i].cast(to: f.type).renamed(f.name)
        })
    }
}
