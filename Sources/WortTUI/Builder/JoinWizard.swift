import Foundation
import WortCore
import WortIO
import WortRecipe

/// The join wizard's state: the second file, what is known of it once read in the
/// background (columns, the key's values), and how many rows find a match. The union
/// wizard (append the other file's rows) is the same wizard with `operation` UNION.
struct JoinWizard: Sendable, Equatable {
    static let types: [(String, String)] = [
        ("INNER_JOIN", "only rows found in both"), ("LEFT_JOIN", "all rows here, matches from the other"),
        ("RIGHT_JOIN", "all rows of the other, matches from here"), ("OUTER_JOIN", "all rows of both"),
        ("LEFT_EXCLUDING_JOIN", "rows here with no match"), ("RIGHT_EXCLUDING_JOIN", "rows of the other with no match"),
        ("OUTER_EXCLUDING_JOIN", "rows of either with no match"),
    ]
    static let keep: [(String, String)] = [
        ("new", "all columns here + the other's new ones"), ("all", "all columns of both"),
    ]

    /// The form's fields, in order: file, join type, key here, key there, columns kept.
    static let kind = StepKind(group: "Join", title: "Join another file", operation: "JOIN", fields: [
        FieldSpec(key: "secondInputLocation", label: "other file", kind: .file),
        .choice("joinType", "join type", types),
        .column("leftKey", "key column here"),
        .column("rightKey", "key column there"),
        .choice("keep", "columns kept", keep),
    ])

    static let unionColumns: [(String, String)] = [
        ("all", "matched by name; the other's new columns added"), ("here", "matched by name; only the columns here"),
    ]

    /// The union form: file, then how columns are matched.
    static let unionKind = StepKind(group: "Join", title: "Append the rows of another file (union)", operation: "UNION", fields: [
        FieldSpec(key: "secondInputLocation", label: "other file", kind: .file),
        .choice("columns", "columns", unionColumns),
    ])

    /// JOIN or UNION.
    var operation = "JOIN"
    var leftColumns: [String]
    var path = ""
    /// The second file's columns, once read.
    var rightColumns: [String] = []
    var readJob: JobID?
    var readError: String?
    /// Rows here whose key is found there, for the keys shown; nil until counted.
    var matches: Int?
    var rowsHere = 0
    var rowsThere = 0
    var leftKey = ""
    var rightKey = ""
    var joinType = "INNER_JOIN"
    var keepMode = "new"

    func step() -> RecipeStep {
        if operation == "UNION" { return unionStep() }
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let right = keepMode == "all" ? rightColumns : rightColumns.filter { !leftColumns.contains($0) }
        let keys = "[{\"key\":\(JSONString.quoted(leftKey)),\"value\":\(JSONString.quoted(rightKey))}]"
        return RecipeStep(action: RecipeAction(operation: "JOIN", parameters: OrderedParameters([
            ("joinKeys", keys), ("joinType", joinType),
            ("leftColumns", ParameterValue.encode(list: leftColumns)),
            ("rightColumns", ParameterValue.encode(list: right)),
            ("secondInputLocation", path), ("secondaryDatasetName", name.isEmpty ? "second" : name),
        ])))
    }

    /// UNION, columns matched by name (case aside): the columns here in their order, then
    /// (keeping "all") the other file's columns not here. DataBrew names other datasets,
    /// so the file is named by its path (`DatasetResolver` takes a name that is a file).
    func unionStep() -> RecipeStep {
        let extras = keepMode == "here" ? [] : rightColumns.filter { r in !leftColumns.contains { $0.lowercased() == r.lowercased() } }
        let targets = leftColumns + extras
        let here: [String?] = leftColumns + extras.map { _ in nil }
        let there: [String?] = leftColumns.map { l in rightColumns.first { $0 == l } ?? rightColumns.first { $0.lowercased() == l.lowercased() } } + extras
        func list(_ names: [String?]) -> String {
            "[" + names.map { $0.map(JSONString.quoted) ?? "null" }.joined(separator: ",") + "]"
        }
        return RecipeStep(action: RecipeAction(operation: "UNION", parameters: OrderedParameters([
            ("datasetsColumns", "[" + list(here) + "," + list(there) + "]"),
            ("secondaryDatasetNames", ParameterValue.encode(list: [path])),
            ("targetColumnNames", ParameterValue.encode(list: targets)),
        ])))
    }

    /// The key pair to start from: the same name on both sides, else a name that ends
    /// with the other (student_id ~ id), else the first columns.
    static func suggestKeys(left: [String], right: [String]) -> (String, String)? {
        guard !left.isEmpty, !right.isEmpty else { return nil }
        let norm = { (s: String) in s.lowercased().filter { $0.isLetter || $0.isNumber } }
        for l in left { if let r = right.first(where: { norm($0) == norm(l) }) { return (l, r) } }
        for l in left {
            if let r = right.first(where: { norm(l).hasSuffix(norm($0)) || norm($0).hasSuffix(norm(l)) }), norm(r).count >= 2 { return (l, r) }
        }
        return (left[0], right[0])
    }
}

/// What reading the second file found.
struct SecondFileSummary: Sendable {
    var columns: [String]
    var rows: Int
    /// Distinct key texts per column (for match counts), for columns with few enough.
    var values: [String: Set<String>]
}

enum SecondFileReader {
    /// Reads the file once: its columns, row count and, with `keys` (a join's match
    /// counts), each column's distinct texts (up to a bound, so a huge file does not fill
    /// memory).
    static func read(_ path: String, keys: Bool, cancel: CancelFlag) throws -> SecondFileSummary {
        let reader = try TableFiles.openReader(path, format: nil, options: ReadOptions())
        let names = reader.schema.names
        var values: [String: Set<String>] = [:]
        var rows = 0
        var full = Set<String>()
        while let batch = try reader.nextBatch() {
            if cancel.isCancelled { throw JobCancelled() }
            rows += batch.rowCount
            for (k, c) in batch.columns.enumerated() where keys && !full.contains(names[k]) {
                var set = values[names[k], default: []]
                for r in 0..<batch.rowCount { if let t = c.text(at: r) { set.insert(t) } }
                if set.count > 2_000_000 { full.insert(names[k]); values[names[k]] = nil } else { values[names[k]] = set }
            }
        }
        return SecondFileSummary(columns: names, rows: rows, values: values)
    }

    /// Rows of `store` whose `column` text is among `keys`.
    static func matches(_ store: RowStore, column: Int, keys: Set<String>) -> Int {
        var n = 0
        for b in store.batches {
            let c = b.columns[column]
            for r in 0..<b.rowCount { if let t = c.text(at: r), keys.contains(t) { n += 1 } }
        }
        return n
    }

    /// Tab completion of a path: the longest common continuation, and the candidates.
    static func complete(_ partial: String) -> (String, [String]) {
        let expanded = partial.hasPrefix("~/") ? NSHomeDirectory() + partial.dropFirst(1) : partial
        let dir = expanded.hasSuffix("/") ? expanded : (expanded as NSString).deletingLastPathComponent
        let prefix = expanded.hasSuffix("/") ? "" : (expanded as NSString).lastPathComponent
        let listDir = dir.isEmpty ? "." : dir
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: listDir) else { return (partial, []) }
        let hits = names.filter { $0.hasPrefix(prefix) && !$0.hasPrefix(".") }.sorted()
        guard !hits.isEmpty else { return (partial, []) }
        var common = hits[0]
        for h in hits.dropFirst() { while !h.hasPrefix(common) { common.removeLast() } }
        var done = (dir.isEmpty ? "" : (dir.hasSuffix("/") ? dir : dir + "/")) + common
        var isDir: ObjCBool = false
        if hits.count == 1, FileManager.default.fileExists(atPath: done, isDirectory: &isDir), isDir.boolValue { done += "/" }
        if partial.hasPrefix("~/") { done = "~" + done.dropFirst(NSHomeDirectory().count) }
        return (done, hits)
    }
}
