extension AppState {
    mutating func applyLoad(_ job: JobID, _ report: LoadReport) -> [Effect] {
        // Reports of a cancelled or replaced load may still be in flight: drop them.
        guard load.job == job else { return [] }
        var cancelled: [JobID] = []
        switch report {
        case .preview(let schema, let table):
            guard data.rowCount == 0 else { return [] }
            cancelled = replaceData(RowStore(schema: schema, batches: [table]))
            load.previewRows = table.rowCount
            load.phase = .preview(scanned: nil)
        case .scanning(let fraction):
            load.phase = .preview(scanned: fraction)
            jobs[job]?.fraction = fraction
        case .batch(let table, let fraction):
            switch load.phase {
            case .opening, .preview:
                // The first batch of the full read: its types come from the whole file.
                cancelled = replaceData(RowStore(schema: table.schema, batches: [table]))
                load.previewRows = 0
            default:
                data.append(table)
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
        }
        keepCursorVisible()
        return cancelled.map { .cancel($0) }
    }

    /// New data for the grid: widths are fitted again only when the columns changed, so
    /// the screen does not jump when the full read replaces the preview. A sort of the
    /// old rows no longer applies.
    /// Returns the jobs to cancel.
    mutating func replaceData(_ store: RowStore) -> [JobID] {
        let sameColumns = store.schema.names == data.schema.names && !grid.widths.isEmpty
        data = store
        if !sameColumns {
            grid.widths = ColumnWidths.fit(store)
            grid.frozen = FreezeDefault.columns(store.schema)
            grid.left = 0
        }
        var stale: [JobID] = []
        if let p = pendingSort?.job { stale.append(p) }
        if let s = search.job { stale.append(s); search.job = nil }
        if sort != nil || pendingSort != nil {
            sort = nil; pendingSort = nil
            message = StatusMessage(text: "sort cleared: the full data arrived", isError: false)
        }
        for id in stale { jobs[id] = nil }
        return stale
    }
}
