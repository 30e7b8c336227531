import WortCore
import WortRecipe

/// Filtering for viewing: the rows whose cell in one column contains a text. Nothing is
/// recorded until the user turns the view into steps (`+`).
extension AppState {
    mutating func askFilter() -> [Effect] {
        guard grid.column < data.columnCount else { return [] }
        let name = DisplayWidth.sanitize(data.schema.fields[grid.column].name)
        prompt = Prompt(label: "show rows whose \(name) contains (exact case): ", text: filter?.needle ?? "", purpose: .filter)
        return []
    }

    /// Finds the kept rows in the background, in view (sorted) order.
    mutating func startFilter(_ needle: String, column: Int) -> [Effect] {
        guard column < data.columnCount else { return [] }
        var effects: [Effect] = []
        if let old = filter?.job { jobs[old] = nil; effects.append(.cancel(old)) }
        let id = newJobID()
        filter = FilterState(column: column, needle: needle, rows: nil, job: id)
        jobs[id] = RunningJob(label: "filtering", fraction: nil)
        let store = data, order = sort?.permutation
        effects.append(.work(id, BackgroundWork(kind: "filter") { cancel, progress in
            let rows = try ViewFilter.rows(store, order: order, column: column, needle: needle, cancel: cancel, progress: progress)
            return { state in
                guard state.filter?.job == id else { return [] }
                state.filter?.rows = rows
                state.filter?.job = nil
                state.grid.row = 0
                state.grid.top = 0
                if rows.isEmpty { state.message = StatusMessage(text: "no row contains \(needle) · r shows all rows", isError: true) }
                state.keepCursorVisible()
                return []
            }
        }))
        return effects
    }

    /// `+`: the view's sort and filter as recipe steps, previewed before they are kept.
    mutating func proposeViewSteps() -> [Effect] {
        var steps: [RecipeStep] = []
        let names = data.schema.names
        if let f = filter, f.column < names.count {
            let column = names[f.column]
            // REMOVE_VALUES drops the rows that match its condition: those without the text.
            // Null cells match no text condition, so missing cells go in a second step.
            steps.append(RecipeStep(
                action: RecipeAction(operation: "REMOVE_VALUES", parameters: OrderedParameters([("sourceColumn", column)])),
                conditions: [ConditionExpression(condition: "NOT_CONTAINS", value: f.needle, targetColumn: column)]))
            steps.append(RecipeStep(action: RecipeAction(operation: "REMOVE_MISSING", parameters: OrderedParameters([("sourceColumn", column)]))))
        }
        if let s = sort, s.column < names.count {
            let expression = "[{\"sourceColumn\":\(JSONString.quoted(names[s.column])),\"ordering\":\"\(s.descending ? "DESCENDING" : "ASCENDING")\",\"nullsOrdering\":\"NULLS_BOTTOM\"}]"
            steps.append(RecipeStep(action: RecipeAction(operation: "SORT", parameters: OrderedParameters([("expressions", expression)]))))
        }
        guard !steps.isEmpty else {
            message = StatusMessage(text: "no view sort or filter to turn into steps · s sorts, f filters", isError: false)
            return []
        }
        sort = nil
        var effects: [Effect] = []
        if let job = filter?.job { jobs[job] = nil; effects.append(.cancel(job)) }
        filter = nil
        return effects + proposeSteps(steps)
    }
}

/// The rows a view filter keeps.
enum ViewFilter {
    static func rows(_ store: RowStore, order: [Int32]?, column: Int, needle: String,
                     cancel: CancelFlag, progress: (Double?) -> Void) throws -> [Int32] {
        let n = store.rowCount
        let pattern = Array(needle.utf8)
        var kept: [Int32] = []
        var scratch: [UInt8] = []
        for view in 0..<n {
            if view & 0xFFFF == 0 {
                if cancel.isCancelled { throw JobCancelled() }
                if view > 0 { progress(Double(view) / Double(n)) }
            }
            let row = order.flatMap { view < $0.count ? Int($0[view]) : nil } ?? view
            let (b, r) = store.locate(row)
            let col = store.batches[b].columns[column]
            guard !col.isNull(r) else { continue }
            scratch.removeAll(keepingCapacity: true)
            col.appendText(row: r, to: &scratch)
            if pattern.isEmpty || contains(scratch, pattern) { kept.append(Int32(row)) }
        }
        return kept
    }

    static func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        guard hay.count >= needle.count else { return false }
        return hay.withUnsafeBufferPointer { h in
            for start in 0...(h.count - needle.count) {
                var k = 0
                while k < needle.count && h[start + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            return false
        }
    }
}
