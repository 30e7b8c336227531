extension AppState {
    mutating func applyLoad(_ job: JobID, _ report: LoadReport) -> [Effect] {
        // Reports of a cancelled or replaced load may still be in flight: drop them.
        guard load.job == job else { return [] }
        var cancelled: [JobID] = []
        switch report {
        case .preview(let schema, let table):
            guard source.rowCount == 0 else { return [] }
            source = RowStore(schema: schema, batches: [table])
            if showsSource { cancelled = replaceData(source) }
            load.previewRows = table.rowCount
            load.phase = .preview(scanned: nil)
        case .scanning(let fraction):
            load.phase = .preview(scanned: fraction)
            jobs[job]?.fraction = fraction
        case .batch(let table, let fraction):
            switch load.phase {
            case .opening, .preview:
                // The first batch of the full read: its types come from the whole file.
                source = RowStore(schema: table.schema, batches: [table])
                if showsSource { cancelled = replaceData(source) }
                load.previewRows = 0
            default:
                source.append(table)
                if showsSource { data.append(table); dataVersion += 1 }
            }
            load.phase = .loading(fraction: fraction)
            jobs[job]?.fraction = fraction
        case .sampleAhead:
            load.sampleAhead = true
        case .finished(let sample):
            jobs[job] = nil
            load.job = nil
            load.phase = .done
            load.sample = sample
            if load.previewRows > 0 && sample == nil {
                // Nothing came after the preview: it was the whole file.
                load.previewRows = 0
            }
            if case .failed(let text) = sample {
                message = StatusMessage(text: text, isError: true)
            }
            keepCursorVisible()
            // Steps made while loading ran on the rows read so far: run them on all.
            var effects = cancelled.map { Effect.cancel($0) }
            if !showsSource {
                effects += dropPreview()
                effects += reapplyRecipe()
            } else {
                effects += dataSettled()
            }
            return effects
        }
        keepCursorVisible()
        return cancelled.map { .cancel($0) }
    }

    /// True when the grid shows the loaded rows as they are (no step applies to them).
    var showsSource: Bool { preview == nil && !recipe.steps.contains(where: \.enabled) }

    /// New data for the grid: widths are fitted again only when the columns changed, so
    /// the screen does not jump when the full read replaces the preview. A sort of the
    /// old rows no longer applies.
    /// Returns the jobs to cancel.
    mutating func replaceData(_ store: RowStore, reason: String = "sort cleared: the full data arrived") -> [JobID] {
        let sameColumns = store.schema.names == data.schema.names && !grid.widths.isEmpty
        data = store
        dataVersion += 1
        if !sameColumns {
            grid.widths = ColumnWidths.fit(store)
            grid.frozen = FreezeDefault.columns(store.schema)
            grid.left = 0
        }
        var stale: [JobID] = []
        if let p = pendingSort?.job { stale.append(p) }
        if let s = search.job { stale.append(s); search.job = nil }
        if let f = filter?.job { stale.append(f) }
        if sort != nil || pendingSort != nil || filter != nil {
            sort = nil; pendingSort = nil; filter = nil
            message = StatusMessage(text: reason.replacingOccurrences(of: "sort cleared", with: "view sort/filter cleared"), isError: false)
        }
        for id in stale { jobs[id] = nil }
        return stale
    }
}

extension AppState {
    /// Shows `store` in the grid (a recipe's result, a preview, or the data before it),
    /// keeping the cursor on its column by name. Returns the jobs to cancel.
    mutating func showData(_ store: RowStore) -> [Effect] {
        let cursorName = grid.column < data.columnCount ? data.schema.fields[grid.column].name : nil
        let stale = replaceData(store, reason: "sort cleared: the data changed")
        if let cursorName, let c = store.schema.names.firstIndex(of: cursorName) { grid.column = c }
        keepCursorVisible()
        return stale.map { .cancel($0) }
    }
}
