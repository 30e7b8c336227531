/// The one place the state changes. Returns the work to start (or cancel) off the UI
/// loop; it never blocks, reads files or sorts.
public func update(_ state: inout AppState, _ action: Action) -> [Effect] {
    switch action {
    case .key(let key):
        if state.prompt != nil { return state.editPrompt(key) }
        state.message = nil
        // Screens that take typing see the key before the key map does.
        switch state.keyContext {
        case .menu, .form: if let effects = state.builderKey(key) { return effects }
        case .palette: if let effects = state.paletteKey(key) { return effects }
        case .picker: if let effects = state.pickerKey(key) { return effects }
        default: break
        }
        guard let command = state.keyMap.command(for: key, in: state.keyContext) else {
            if case .char(let c) = key, state.keyContext == .grid {
                state.message = StatusMessage(text: "\(c): no such key here · ? for help", isError: false)
            }
            return []
        }
        return update(&state, .command(command))
    case .command(let command):
        switch state.keyContext {
        case .grid: return state.gridCommand(command)
        case .preview: return state.previewCommand(command)
        case .record: return state.recordCommand(command)
        case .help: return state.helpCommand(command)
        case .profile: return state.profileCommand(command)
        case .overview: return state.overviewCommand(command)
        case .recipe: return state.recipePanelCommand(command)
        case .menu, .form: return state.builderCommand(command)
        case .palette: return state.paletteCommand(command)
        case .picker: return state.pickerCommand(command)
        }
    case .resize(let width, let height):
        state.width = max(0, width); state.height = max(0, height)
        state.keepCursorVisible()
        return []
    case .click(let x, let y):
        guard state.prompt == nil else { return [] }
        if !state.overlays.isEmpty { return state.clickList(x: x, y: y) }
        let layout = GridLayout(state)
        let row = state.grid.top + y - layout.dataTop
        if y >= layout.dataTop && y < layout.dataTop + layout.dataRows && row < state.viewRowCount {
            state.grid.row = row
        }
        if y < layout.dataTop + layout.dataRows, let c = layout.column(atX: x) { state.grid.column = c }
        state.keepCursorVisible()
        return []
    case .wheel(let up):
        guard state.prompt == nil else { return [] }
        switch state.keyContext {
        case .grid, .preview: state.moveRow(by: up ? -3 : 3); return []
        // Lists and panels scroll as their arrow keys do.
        default: return update(&state, .command(up ? .up : .down))
        }
    case .load(let job, let report):
        return state.applyLoad(job, report)
    case .sorted(let job, let permutation):
        guard var pending = state.pendingSort, pending.job == job else { return [] }
        state.jobs[job] = nil
        pending.permutation = permutation
        pending.job = nil
        state.sort = pending
        state.pendingSort = nil
        state.grid.row = 0
        state.keepCursorVisible()
        // A filter keeps its rows in view order: find them again in the new order.
        if let f = state.filter { return state.startFilter(f.needle, column: f.column) }
        return []
    case .searched(let job, let found):
        guard state.search.job == job else { return [] }
        state.jobs[job] = nil
        state.search.job = nil
        let needle = state.search.needle ?? ""
        if let found {
            state.grid.row = found
            state.grid.column = state.search.column
            state.keepCursorVisible()
        } else {
            state.message = StatusMessage(text: "not found: \(needle)", isError: true)
        }
        return []
    case .progress(let job, let fraction):
        state.jobs[job]?.fraction = fraction
        return []
    case .jobFailed(let job, let message):
        state.jobs[job] = nil
        if state.pendingSort?.job == job { state.pendingSort = nil }
        if state.search.job == job { state.search.job = nil }
        if state.filter?.job == job { state.filter = nil }
        if state.recipe.applyJob == job { state.recipe.applyJob = nil }
        if state.preview?.job == job { state.preview = nil }
        state.message = StatusMessage(text: message, isError: true)
        return []
    case .jobCancelled(let job):
        state.jobs[job] = nil
        return []
    case .deliver(let job, let change):
        // A job cancelled or replaced meanwhile is no longer in `jobs`: drop its result.
        guard state.jobs.removeValue(forKey: job) != nil else { return [] }
        return change(&state)
    }
}

extension AppState {
    /// Stops every running job; a load keeps what it has read, as a sample.
    mutating func cancelJobs() -> [Effect] {
        let ids = jobs.keys.sorted()
        for id in ids { jobs[id] = nil }
        if let load = load.job, ids.contains(load) {
            self.load.job = nil
            self.load.phase = .done
            self.load.sample = .cancelled
        }
        if let p = pendingSort?.job, ids.contains(p) { pendingSort = nil }
        if let s = search.job, ids.contains(s) { search.job = nil }
        if let f = filter?.job, ids.contains(f) { filter = nil }
        if let a = recipe.applyJob, ids.contains(a) {
            recipe.applyJob = nil
            message = StatusMessage(text: "stopped applying the recipe: the grid shows the data before the last change", isError: true)
        }
        if let p = preview?.job, ids.contains(p) { preview = nil }
        return ids.map { .cancel($0) }
    }

    /// Opens `request.path`: the load runs as a job; batches arrive as actions.
    public mutating func startLoading(_ request: LoadRequest) -> [Effect] {
        let id = newJobID()
        origin = DataOrigin(path: request.path, format: request.format, options: request.options)
        load = LoadState(phase: .opening, sample: nil, job: id)
        jobs[id] = RunningJob(label: "loading", fraction: nil)
        return [.load(id, request)]
    }
}
