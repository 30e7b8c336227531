import Foundation
import WortCore
import WortIO

/// The file picker: a folder's entries (folders first), recent files above them, filtered
/// by what is typed; files Wort reads stand out.
public struct PickerState: Sendable {
    public struct Entry: Sendable, Equatable {
        public var name: String
        public var path: String
        public var isDirectory: Bool
        public var size: Int
        public var isRecent = false
        /// A format Wort reads (by its extension).
        public var readable: Bool { isDirectory || TableFormat(path: name) != nil }
    }

    public var directory = FileManager.default.currentDirectoryPath
    var entries: [Entry] = []
    var filter = ""
    var cursor = 0
    var job: JobID?
    var error: String?
    /// Files named on the command line besides the first, offered at the top.
    public var opened: [String] = []
    /// Recent files as read with the last listing (not on every render: rendering does no I/O).
    public var recent: [String] = []

    public init() {}
}

extension AppState {
    /// The entries shown: recent and opened files (while nothing is typed), then the
    /// folder's, filtered by the typed text.
    var pickerEntries: [PickerState.Entry] {
        let f = picker.filter.lowercased()
        let listed = picker.entries.filter { f.isEmpty || $0.name.lowercased().contains(f) || $0.name == ".." }
        guard f.isEmpty else { return listed }
        let extra = (picker.opened + picker.recent).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let recent = extra.prefix(6).map { PickerState.Entry(name: $0, path: $0, isDirectory: false, size: 0, isRecent: true) }
        return recent + listed
    }

    /// Opens the picker on `directory` (the working folder by default).
    public mutating func openPicker(at directory: String? = nil) -> [Effect] {
        if !overlays.contains(.picker) { overlays.append(.picker) }
        return listDirectory(directory ?? picker.directory)
    }

    mutating func openPicker() -> [Effect] { openPicker(at: nil) }

    mutating func listDirectory(_ path: String) -> [Effect] {
        if let old = picker.job { jobs[old] = nil }
        let id = newJobID()
        picker.job = id
        jobs[id] = RunningJob(label: "listing \(path)", fraction: nil)
        return [.work(id, BackgroundWork(kind: "list folder") { _, _ in
            let result = Result { try PickerListing.entries(of: path) }
            let recent = RecentFiles.load()
            return { state in
                guard state.picker.job == id else { return [] }
                state.picker.job = nil
                state.picker.recent = recent
                switch result {
                case .success(let entries):
                    state.picker.directory = path
                    state.picker.entries = entries
                    state.picker.filter = ""
                    state.picker.cursor = 0
                    state.picker.error = nil
                case .failure(let error):
                    state.picker.error = "cannot list \(path): \(error.localizedDescription)"
                }
                return []
            }
        })]
    }

    mutating func pickerKey(_ key: Key) -> [Effect]? {
        switch ListKeys.edit(&picker.filter, key) {
        case .changed: picker.cursor = 0; return []
        case .backspaceOnEmpty: return listDirectory((picker.directory as NSString).deletingLastPathComponent)
        case .notHandled: return nil
        }
    }

    mutating func pickerCommand(_ command: Command) -> [Effect] {
        let entries = pickerEntries
        if let c = ListKeys.moved(picker.cursor, command, count: entries.count) { picker.cursor = c; return [] }
        switch command {
        case .select:
            guard entries.indices.contains(picker.cursor) else { return [] }
            let e = entries[picker.cursor]
            if e.isDirectory { return listDirectory(e.path) }
            guard e.readable else {
                picker.error = "\(e.name): not a format Wort reads (CSV, TSV, JSON, JSONL, Parquet, Excel)"
                return []
            }
            overlays.removeAll { $0 == .picker }
            return openFile(e.path)
        case .close:
            overlays.removeLast()
            if data.columnCount == 0 && load.job == nil { shouldQuit = true }
        case .interrupt:
            if !jobs.isEmpty { return cancelJobs() }
            overlays.removeLast()
            if data.columnCount == 0 { shouldQuit = true }
        case .help: overlays.append(.help(scroll: 0))
        default: break
        }
        return []
    }

    /// Opens `path` in the grid in place of what is there; the recipe stays and is
    /// applied to the new data once it has loaded.
    public mutating func openFile(_ path: String, memoryBudget: Int = MemoryEstimate.defaultBudget) -> [Effect] {
        var effects = dropPreview()
        if let job = load.job { jobs[job] = nil; effects.append(.cancel(job)) }
        RecentFiles.add(path)
        title = (path as NSString).lastPathComponent
        source = RowStore()
        data = RowStore()
        dataVersion += 1
        grid = GridState()
        sort = nil; pendingSort = nil; filter = nil; search = SearchState()
        profile = ProfileState()
        return effects + startLoading(LoadRequest(path: path, options: origin?.options ?? ReadOptions(), memoryBudget: memoryBudget))
    }
}

enum PickerListing {
    static func entries(of path: String) throws -> [PickerState.Entry] {
        let names = try FileManager.default.contentsOfDirectory(atPath: path)
        var out: [PickerState.Entry] = []
        for name in names where !name.hasPrefix(".") {
            let full = (path as NSString).appendingPathComponent(name)
            var st = stat()
            guard stat(full, &st) == 0 else { continue }
            let isDir = (st.st_mode & S_IFMT) == S_IFDIR
            out.append(PickerState.Entry(name: name, path: full, isDirectory: isDir, size: Int(st.st_size)))
        }
        out.sort { a, b in a.isDirectory != b.isDirectory ? a.isDirectory : a.name.lowercased() < b.name.lowercased() }
        if path != "/" {
            out.insert(PickerState.Entry(name: "..", path: (path as NSString).deletingLastPathComponent, isDirectory: true, size: 0), at: 0)
        }
        return out
    }
}

/// The picker's box: the folder, the typed filter, then the entries.
enum PickerView {
    /// The entry drawn at screen row `y`, for mouse clicks.
    static func entry(atY y: Int, _ state: AppState) -> Int? {
        let top = state.picker.error == nil ? 2 : 3
        let rows = max(0, state.height - GridLayout.bottomRows) - 1 - top
        let count = state.pickerEntries.count
        let i = firstShown(cursor: state.picker.cursor, count: count, rows: rows) + y - top
        return y >= top && y < top + rows && i < count ? i : nil
    }

    static func draw(_ state: AppState, into buffer: inout ScreenBuffer) {
        let width = min(state.width, 90)
        let x0 = (state.width - width) / 2
        let height = max(0, state.height - GridLayout.bottomRows)
        guard width >= 10, height >= 4 else { return }
        Box.draw(x: x0, y: 0, width: width, height: height, title: "Open a file · type to filter · Backspace goes up", into: &buffer)
        let inner = width - 4
        buffer.put(DisplayWidth.sanitize(state.picker.directory) + "/" + DisplayWidth.sanitize(state.picker.filter) + "▏",
                   x: x0 + 2, y: 1, style: Theme.key, limit: x0 + 2 + inner)
        var top = 2
        if let e = state.picker.error {
            buffer.put("⚠ " + DisplayWidth.sanitize(e), x: x0 + 2, y: 2, style: Theme.error, limit: x0 + 2 + inner)
            top = 3
        }
        let entries = state.pickerEntries
        let rows = height - 1 - top
        guard rows > 0 else { return }
        let cursor = state.picker.cursor
        let first = firstShown(cursor: cursor, count: entries.count, rows: rows)
        for (i, e) in entries.enumerated().dropFirst(first).prefix(rows) {
            // Files Wort does not read say so in words too: dim text alone is lost without colour.
            let name = e.isRecent ? "★ " + e.path : (e.isDirectory ? e.name + "/" : e.readable ? e.name : e.name + "  (not a table)")
            let size = e.isDirectory || e.isRecent ? "" : NumberText.bytes(e.size)
            let text = DisplayWidth.fit(DisplayWidth.sanitize(name), toWidth: max(0, inner - 10)) + DisplayWidth.fit(size, toWidth: 10, alignRight: true)
            var style: CellStyle = e.readable ? (e.isDirectory ? Theme.title : .plain) : Theme.null
            if i == cursor { style.reverse = true }
            buffer.put(text, x: x0 + 2, y: top + i - first, style: style, limit: x0 + 2 + inner)
        }
    }
}
