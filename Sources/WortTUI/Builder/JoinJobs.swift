import Foundation
import WortCore

/// The join wizard's background work: reading the second file, counting matches.
extension AppState {
    /// Reads the file named in the wizard: its columns, then suggested keys and matches.
    mutating func startJoinRead() -> [Effect] {
        guard var form = builder.form, var join = form.join,
              let i = form.kind.fields.firstIndex(where: { $0.kind == .file }) else { return [] }
        let path = form.values[i].hasPrefix("~/") ? NSHomeDirectory() + form.values[i].dropFirst(1) : form.values[i]
        guard !path.isEmpty else { return [] }
        if let old = join.readJob { jobs[old] = nil }
        let id = newJobID()
        join.path = path
        join.readJob = id
        join.readError = nil
        join.rightColumns = []
        join.matches = nil
        form.join = join
        builder.form = form
        jobs[id] = RunningJob(label: "reading \(path)", fraction: nil)
        let store = data
        // A union has no keys: no suggestion, no match count.
        let joining = join.operation == "JOIN"
        return [.work(id, BackgroundWork(kind: "read second file") { cancel, _ in
            let summary: SecondFileSummary
            do { summary = try SecondFileReader.read(path, keys: joining, cancel: cancel) } catch is JobCancelled { throw JobCancelled() } catch {
                let text = "\(error)"
                return { state in
                    guard state.builder.form?.join?.readJob == id else { return [] }
                    state.builder.form?.join?.readJob = nil
                    state.builder.form?.join?.readError = text
                    state.builder.form?.problems["secondInputLocation"] = text
                    return []
                }
            }
            let keys = joining ? JoinWizard.suggestKeys(left: store.schema.names, right: summary.columns) : nil
            let matches = keys.flatMap { k in summary.values[k.1].map { SecondFileReader.matches(store, column: store.schema.names.firstIndex(of: k.0)!, keys: $0) } }
            return { state in
                guard state.builder.form?.join?.readJob == id, var form = state.builder.form else { return [] }
                form.join?.readJob = nil
                form.join?.rightColumns = summary.columns
                form.join?.rowsThere = summary.rows
                form.join?.matches = matches
                if let (l, r) = keys {
                    if let li = form.kind.fields.firstIndex(where: { $0.key == "leftKey" }) { form.values[li] = l }
                    if let ri = form.kind.fields.firstIndex(where: { $0.key == "rightKey" }) { form.values[ri] = r }
                }
                state.builder.form = form
                state.builder.secondFile = summary
                return []
            }
        })]
    }

    /// Counts the rows here whose key is found in the second file, for the keys shown.
    mutating func countJoinMatches() -> [Effect] {
        guard let form = builder.form, let summary = builder.secondFile else { return [] }
        let v = { (key: String) in form.kind.fields.firstIndex { $0.key == key }.map { form.values[$0] } ?? "" }
        guard let column = data.schema.names.firstIndex(of: v("leftKey")), let keys = summary.values[v("rightKey")] else {
            builder.form?.join?.matches = nil
            return []
        }
        let id = newJobID()
        builder.form?.join?.readJob = id
        jobs[id] = RunningJob(label: "counting matches", fraction: nil)
        let store = data
        return [.work(id, BackgroundWork(kind: "count matches") { _, _ in
            let n = SecondFileReader.matches(store, column: column, keys: keys)
            return { state in
                guard state.builder.form?.join?.readJob == id else { return [] }
                state.builder.form?.join?.readJob = nil
                state.builder.form?.join?.matches = n
                return []
            }
        })]
    }
}

