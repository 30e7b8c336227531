import WortCore

extension AppState {
    mutating func gridCommand(_ command: Command) -> [Effect] {
        let layout = GridLayout(self)
        switch command {
        case .up: moveRow(by: -1)
        case .down: moveRow(by: 1)
        case .pageUp: moveRow(by: -max(1, layout.dataRows - 1))
        case .pageDown: moveRow(by: max(1, layout.dataRows - 1))
        case .top: grid.row = 0
        case .bottom: grid.row = max(0, viewRowCount - 1)
        case .left: moveColumn(by: -1)
        case .right: moveColumn(by: 1)
        case .firstColumn: if let c = GridLayout.order(self).first { grid.column = c }
        case .lastColumn: if let c = GridLayout.order(self).last { grid.column = c }
        case .search:
            guard grid.column < data.columnCount else { return [] }
            prompt = Prompt(label: "search \(data.schema.fields[grid.column].name): ", text: "")
        case .searchNext, .searchPrevious:
            guard let needle = search.needle else {
                message = StatusMessage(text: "nothing to find yet: press / to search", isError: false)
                return []
            }
            return startSearch(needle, column: search.column, forward: command == .searchNext)
        case .openRecord:
            if viewRowCount > 0 { overlays.append(.record(scroll: 0)) }
        case .sortAscending, .sortDescending:
            return startSort(descending: command == .sortDescending)
        case .clearSort:
            let had = filter != nil
            let job = filter?.job
            if let job { jobs[job] = nil }
            sort = nil
            filter = nil
            message = StatusMessage(text: had ? "all rows, file order" : "file order", isError: false)
            keepCursorVisible()
            return job.map { [.cancel($0)] } ?? []

        case .filter: return askFilter()
        case .viewToSteps: return proposeViewSteps()
        case .toggleFreeze: toggleFreeze()
        case .help: overlays.append(.help(scroll: 0))
        case .close:
            if !jobs.isEmpty { return cancelJobs() }
        case .interrupt:
            if !jobs.isEmpty { return cancelJobs() }
            return askQuit()
        case .quit:
            return askQuit()
        case .profileColumn: return openProfile()
        case .overview: return openOverview()
        case .exportProfile: return exportProfileReport()
        case .addStep: return openStepMenu()
        case .maskSensitive: return proposeMasking()
        case .palette: return openPalette()
        case .openFile: return openPicker()
        case .recipePanel, .undo, .redo, .saveRecipe, .openRecipe, .runRecipe, .applyPreview,
             .editStep, .toggleStep, .moveStepUp, .moveStepDown, .deleteStep:
            return recipeCommand(command)
        case .previousRecord, .nextRecord, .select:
            break
        }
        keepCursorVisible()
        return []
    }

    mutating func moveRow(by delta: Int) {
        grid.row = max(0, min(viewRowCount - 1, grid.row + delta))
        keepCursorVisible()
    }

    mutating func moveColumn(by delta: Int) {
        let order = GridLayout.order(self)
        guard let at = order.firstIndex(of: grid.column) else { return }
        grid.column = order[max(0, min(order.count - 1, at + delta))]
    }

    mutating func toggleFreeze() {
        guard grid.column < grid.widths.count else { return }
        if let i = grid.frozen.firstIndex(of: grid.column) {
            grid.frozen.remove(at: i)
            return
        }
        // Frozen columns never scroll away, so they must leave room for the others.
        let frozenWidth = (grid.frozen + [grid.column]).reduce(0) { $0 + grid.widths[$1] + GridLayout.gap } + 1
        guard frozenWidth <= width - 10 else {
            message = StatusMessage(text: "no room to freeze another column", isError: true)
            return
        }
        grid.frozen.append(grid.column)
    }

    /// Scrolls so that the cursor cell is on screen, and keeps the cursor inside the data.
    mutating func keepCursorVisible() {
        grid.row = max(0, min(grid.row, viewRowCount - 1))
        if grid.column >= grid.widths.count { grid.column = max(0, grid.widths.count - 1) }
        let rows = max(1, GridLayout(self).dataRows)
        if grid.row < grid.top { grid.top = grid.row }
        if grid.row >= grid.top + rows { grid.top = grid.row - rows + 1 }
        grid.top = max(0, min(grid.top, max(0, viewRowCount - rows)))
        if grid.row < grid.top { grid.top = grid.row }
        widenForVisibleRows()

        let scrollable = GridLayout.scrollable(self)
        grid.left = max(0, min(grid.left, max(0, scrollable.count - 1)))
        guard let pos = scrollable.firstIndex(of: grid.column) else { return }
        if pos < grid.left { grid.left = pos; return }
        while grid.left < pos && !GridLayout(self).showsWhole(grid.column, widths: grid.widths) { grid.left += 1 }
    }

    /// Widths come from the first rows; a later value that is wider (a longer id, a
    /// bigger number) widens its column when it comes on screen, up to the cap. Columns
    /// never shrink while scrolling, so the grid does not jitter.
    mutating func widenForVisibleRows() {
        let layout = GridLayout(self)
        let rows = GridView.visibleRows(self, layout)
        guard !rows.isEmpty else { return }
        for p in layout.columns where p.column < data.columnCount && grid.widths[p.column] < ColumnWidths.cap {
            var w = grid.widths[p.column]
            for r in rows {
                w = max(w, min(ColumnWidths.cap, DisplayWidth.of(data.cell(row: dataRow(r), column: p.column).display)))
            }
            grid.widths[p.column] = w
        }
    }

    mutating func startSort(descending: Bool) -> [Effect] {
        guard data.rowCount > 1, grid.column < data.columnCount else { return [] }
        var effects: [Effect] = []
        if let old = pendingSort?.job { jobs[old] = nil; effects.append(.cancel(old)) }
        let id = newJobID()
        let name = data.schema.fields[grid.column].name
        pendingSort = SortState(column: grid.column, descending: descending, permutation: [], job: id)
        jobs[id] = RunningJob(label: "sorting by \(name)", fraction: nil)
        effects.append(.sort(id, SortRequest(store: data, column: grid.column, descending: descending)))
        return effects
    }

    mutating func startSearch(_ needle: String, column: Int, forward: Bool) -> [Effect] {
        guard viewRowCount > 0, column < data.columnCount else { return [] }
        var effects: [Effect] = []
        if let old = search.job { jobs[old] = nil; effects.append(.cancel(old)) }
        let id = newJobID()
        search = SearchState(needle: needle, column: column, job: id)
        jobs[id] = RunningJob(label: "searching for \(needle)", fraction: nil)
        let start = forward ? grid.row + 1 : grid.row - 1
        effects.append(.search(id, SearchRequest(store: data, permutation: viewOrder, viewCount: viewRowCount, column: column,
                                                 needle: needle, start: start, forward: forward)))
        return effects
    }
}
