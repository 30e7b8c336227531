import Foundation
import WortCore
import WortIO

/// JOIN: joins the current data with a second dataset on `joinKeys`
/// (`[{"key": <current column>, "value": <second column>}]`), keeping `leftColumns` then
/// `rightColumns` (all columns of each side when the list is absent).
///
/// The second dataset is held in memory (one compact record per row, see `JoinTable`) and the current
/// data streams past it, so the output follows the current data's row order, each row's
/// matches in the second dataset's order; rows of the second dataset that matched nothing
/// (RIGHT, OUTER and their EXCLUDING forms) come last, in its order. Null keys never match.
/// A kept second-dataset column whose name is taken gets `_2` (then `_3`, ...), with a warning.
enum Join: RecipeOperation {
    static let name = "JOIN"
    static let conditionUse = ConditionUse.unsupported

    static func plan(_ context: inout StepContext) -> StepKernel? {
        // Every parameter is checked before giving up, so all problems show at once.
        let keyPairs = keyPairs(&context)
        let kind = context.choice("joinType", JoinKind.allCases.map(\.rawValue)).flatMap(JoinKind.init(rawValue:))
        let path = SecondDataset.path(&context, name: "secondaryDatasetName", location: "secondInputLocation")
        if let keyPairs, path == nil {
            for (l, _) in keyPairs where context.index(of: l) == nil { context.problem("joinKeys", context.notFound(l)) }
        }
        guard let keyPairs, let kind, let path else { return nil }
        let options = context.environment.readOptions
        let rightSchema: Schema
        let opened = OpenedReader()
        do {
            // Kept for the run: opening a CSV infers its types in a pass of its own.
            opened.reader = try TableFiles.openReader(path, format: nil, options: options)
            rightSchema = opened.reader!.schema
        } catch {
            context.problem("secondaryDatasetName", "cannot read second dataset '\(path)': \(error)")
            return nil
        }
        let leftSchema = context.schema
        let leftNames = context.stringList("leftColumns", required: false) ?? leftSchema.names
        let rightNames = context.stringList("rightColumns", required: false) ?? rightSchema.names
        guard let leftKeep = context.resolve(leftNames, parameter: "leftColumns") else { return nil }
        var rightKeep: [Int] = []
        var ok = true
        for n in rightNames {
            if let i = rightSchema.fields.firstIndex(where: { $0.name == n }) { rightKeep.append(i) } else {
                context.problem("rightColumns", "column '\(n)' not found in the second dataset" + NameSuggestion.hint(for: n, among: rightSchema.names)); ok = false
            }
        }
        var leftKeys: [Int] = [], rightKeys: [Int] = []
        for (l, r) in keyPairs {
            if let i = context.index(of: l) { leftKeys.append(i) } else { context.problem("joinKeys", context.notFound(l)); ok = false }
            if let j = rightSchema.fields.firstIndex(where: { $0.name == r }) { rightKeys.append(j) } else {
                context.problem("joinKeys", "column '\(r)' not found in the second dataset" + NameSuggestion.hint(for: r, among: rightSchema.names)); ok = false
            }
        }
        guard ok else { return nil }

        var fields = leftKeep.map { leftSchema.fields[$0] }
        var rightOutputNames: [String] = []
        for j in rightKeep {
            let base = rightSchema.fields[j].name
            var name = base
            var n = 2
            while fields.contains(where: { $0.name == name }) { name = "\(base)_\(n)"; n += 1 }
            if name != base { context.warning("rightColumns", "'\(base)' is in both datasets; the second dataset's is named '\(name)'") }
            rightOutputNames.append(name)
            fields.append(Field(name: name, type: rightSchema.fields[j].type))
        }
        context.schema = Schema(fields)
        let mode: JoinKeyMode = leftKeys.count == 1 && leftSchema.fields[leftKeys[0]].type == .int64
            && rightSchema.fields[rightKeys[0]].type == .int64 ? .integer : .text
        let leftFields = leftKeep.map { leftSchema.fields[$0] }
        let names = rightOutputNames
        let (rKeep, rKeys, lKeys) = (rightKeep, rightKeys, leftKeys)

        return .deferred {
            let reader = try opened.take() ?? TableFiles.openReader(path, format: nil, options: options)
            guard reader.schema == rightSchema else {
                throw WortError.data("second dataset '\(path)' changed while the job ran", at: SourceLocation(file: path))
            }
            let table = try JoinTable(reader: reader, keep: rKeep, keyColumns: rKeys, mode: mode)
            let probe = JoinProbe(table: table, kind: kind, leftKeep: leftKeep, leftKeys: lKeys,
                                  leftFields: leftFields, rightNames: names, mode: mode)
            if kind.keepsUnmatchedRight {
                return .stream { JoinWithUnmatchedRight(probe: probe) }
            }
            return .map { try probe.join($0, matched: nil) }
        }
    }

    /// `joinKeys`: `[{"key": left, "value": right}, ...]`.
    static func keyPairs(_ context: inout StepContext) -> [(String, String)]? {
        guard let node = context.json("joinKeys") else { return nil }
        guard case .array(let items) = node.kind, !items.isEmpty else {
            context.problem("joinKeys", "expected a non-empty JSON list like [{\"key\":\"id\",\"value\":\"student_id\"}]")
            return nil
        }
        var out: [(String, String)] = []
        for item in items {
            guard case .object(let members) = item.kind,
                  let k = members.first(where: { $0.key == "key" }).flatMap({ ParameterValue.string(from: $0.value) }),
                  let v = members.first(where: { $0.key == "value" }).flatMap({ ParameterValue.string(from: $0.value) }) else {
                context.problem("joinKeys", "each key pair is {\"key\": <current column>, \"value\": <second dataset column>}")
                return nil
            }
            out.append((k, v))
        }
        return out
    }
}

/// Matching one batch of the current data against the second dataset.
struct JoinProbe: Sendable {
    let table: JoinTable
    let kind: JoinKind
    let leftKeep: [Int]
    let leftKeys: [Int]
    let leftFields: [Field]
    let rightNames: [String]
    let mode: JoinKeyMode

    /// The joined rows of `batch`; `matched` collects second-dataset rows that matched.
    func join(_ batch: Table, matched: ((Int) -> Void)?) throws -> Table {
        var keys = JoinKeyColumn(mode: mode, capacity: batch.rowCount)
        keys.append(leftKeys.map { batch.columns[$0] })
        var li: [Int] = [], ri: [Int] = []
        li.reserveCapacity(batch.rowCount * 2); ri.reserveCapacity(batch.rowCount * 2)
        let keepMatches = kind.keepsMatches, keepUnmatched = kind.keepsUnmatchedLeft
        for r in 0..<batch.rowCount {
            var any = false
            table.forEachMatch(of: r, in: keys) { m in
                any = true
                matched?(m)
                if keepMatches { li.append(r); ri.append(m) }
            }
            if !any && keepUnmatched { li.append(r); ri.append(-1) }
        }
        return output(left: batch, li, ri)
    }

    /// Second-dataset rows with null current-data columns.
    func unmatchedRight(_ rows: [Int]) -> Table {
        let left = leftFields.map { Column.nulls(name: $0.name, type: $0.type, count: rows.count) }
        let right = table.gather(rows, names: rightNames)
        return Table(columns: left + right)
    }

    private func output(left: Table, _ li: [Int], _ ri: [Int]) -> Table {
        var cols = leftKeep.map { left.columns[$0].gather(li) }
        cols += table.gather(ri, names: rightNames)
        return cols.isEmpty ? Table(rowCount: li.count) : Table(columns: cols)
    }
}

/// RIGHT/OUTER joins: remembers which second-dataset rows matched, to emit the others last.
final class JoinWithUnmatchedRight: BatchTransform {
    let probe: JoinProbe
    private var matched: [Bool]
    init(probe: JoinProbe) { self.probe = probe; matched = [Bool](repeating: false, count: probe.table.rowCount) }

    func process(_ batch: Table) throws -> Table {
        try probe.join(batch) { self.matched[$0] = true }
    }

    func finish() throws -> Table? {
        var rows: [Int] = []
        for (r, m) in matched.enumerated() where !m { rows.append(r) }
        return probe.unmatchedRight(rows)
    }
}

/// A reader opened during pre-flight, handed to the run once so its work is not repeated.
final class OpenedReader: @unchecked Sendable {
    var reader: BatchReader?
    private let lock = NSLock()
    func take() -> BatchReader? {
        lock.lock(); defer { lock.unlock() }
        let r = reader
        reader = nil
        return r
    }
}
