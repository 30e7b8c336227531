import WortCore
import WortIO

/// Everything the screen shows and the keys act on. `update` changes it, `render` draws
/// it; nothing else does. The terminal size lives here (set by `.resize`), so rendering
/// never asks the terminal anything.
public struct AppState: Sendable {
    public var width: Int
    public var height: Int
    /// The file's name as the status line shows it.
    public var title: String
    public var data = RowStore()
    public var load = LoadState()
    public var grid = GridState()
    /// The applied sort; nil is file order.
    public var sort: SortState?
    /// A sort being computed; the old order stays until it is done.
    public var pendingSort: SortState?
    public var search = SearchState()
    /// Rows shown only when their cell contains a text (for viewing; `+` makes it a step).
    public var filter: FilterState?
    /// Open overlays, the last on top (help can open over a record).
    public var overlays: [Overlay] = []
    /// A line being typed at the bottom (search text).
    public var prompt: Prompt?
    public var jobs: [JobID: RunningJob] = [:]
    /// A one-off note in the footer ("not found: x"); cleared by the next key.
    public var message: StatusMessage?
    public var keyMap = KeyMap.standard
    public var shouldQuit = false
    /// The rows as loaded from the file; `data` is these after the recipe's steps.
    public var source = RowStore()
    /// Bumped whenever `data` changes (load batches, recipe applied), so caches computed
    /// from the data (profiles, detections) know they are stale.
    public var dataVersion = 0
    /// Where the data came from, so a job can re-read the full file and a recipe can be
    /// run as `wort run` would.
    public var origin: DataOrigin?
    /// The steps being built, with undo and redo. (WortTUI/Recipe)
    public var recipe = RecipeSession()
    /// A step shown applied but not yet added: Enter keeps it, Esc drops it.
    public var preview: StepPreview?
    /// Column profiles and sensitive-data detections of `data`. (WortTUI/Profile)
    public var profile = ProfileState()
    /// The add-step menu and step forms. (WortTUI/Builder)
    public var builder = BuilderState()
    /// The command palette (`:`). (WortTUI/Palette)
    public var palette = PaletteState()
    /// The file picker. (WortTUI/Picker)
    public var picker = PickerState()
    var nextJobID: JobID = 1

    public init(width: Int, height: Int, title: String) {
        self.width = width; self.height = height; self.title = title
    }

    /// Starts with data already in memory (tests, and effects run synchronously).
    public init(width: Int, height: Int, title: String, store: RowStore) {
        self.init(width: width, height: height, title: title)
        data = store
        source = store
        load = LoadState(phase: .done, sample: nil)
        grid.widths = ColumnWidths.fit(store)
        grid.frozen = FreezeDefault.columns(store.schema)
    }

    mutating func newJobID() -> JobID { defer { nextJobID += 1 }; return nextJobID }

    /// The data row shown at view row `row` (sorted views go through the permutation;
    /// rows loaded after a sort keep file order below the sorted ones).
    public func dataRow(_ row: Int) -> Int {
        if let f = filter?.rows { return row < f.count ? Int(f[row]) : row }
        guard let p = sort?.permutation, row < p.count else { return row }
        return Int(p[row])
    }

    /// Rows in the view: those the filter keeps, else all.
    public var viewRowCount: Int { filter?.rows.map(\.count) ?? data.rowCount }

    /// View row → data row for jobs that walk the view (search): the filter's rows, else
    /// the sort's order.
    var viewOrder: [Int32]? { filter?.rows ?? sort?.permutation }

    public var keyContext: KeyContext {
        switch overlays.last {
        case .help: .help
        case .record: .record
        case .profile: .profile
        case .overview: .overview
        case .recipe: .recipe
        case .menu: .menu
        case .form: .form
        case .palette: .palette
        case .picker: .picker
        case nil: preview != nil ? .preview : .grid
        }
    }
}

public struct LoadState: Sendable, Equatable {
    public enum Phase: Sendable, Equatable {
        case opening
        /// The first rows are shown; the full read is inferring types.
        case preview(scanned: Double?)
        case loading(fraction: Double?)
        case done
    }
    public var phase: Phase = .opening
    /// Set when the grid holds only the first rows; nil for the complete data.
    public var sample: SampleReason?
    public var job: JobID?
    /// Rows of the preview while it is shown (its types come from those rows only).
    public var previewRows = 0
    /// The load has estimated that only a sample will fit in memory.
    public var sampleAhead = false
}

public struct GridState: Sendable, Equatable {
    /// View row of the cursor (after sorting).
    public var row = 0
    /// Data column of the cursor.
    public var column = 0
    /// First view row on screen.
    public var top = 0
    /// First non-frozen column on screen, as a position among the non-frozen columns.
    public var left = 0
    /// Columns held at the left, in order.
    public var frozen: [Int] = []
    /// Display width of each column.
    public var widths: [Int] = []
}

public struct SortState: Sendable, Equatable {
    public var column: Int
    public var descending: Bool
    public var permutation: [Int32]
    public var job: JobID?
}

public struct FilterState: Sendable, Equatable {
    public var column: Int
    /// Kept rows contain this text, exactly (case and all), as the CONTAINS condition
    /// of a recipe step does; null cells are left out.
    public var needle: String
    /// Data rows kept, in view order; nil while they are being found.
    public var rows: [Int32]?
    public var job: JobID?
}

public struct SearchState: Sendable, Equatable {
    public var needle: String?
    public var column = 0
    public var job: JobID?
}

public enum Overlay: Sendable, Equatable {
    case help(scroll: Int)
    case record(scroll: Int)
    /// The column profile panel of the cursor column.
    case profile(scroll: Int)
    /// The dataset overview: one row per column, duplicates, correlations.
    case overview(scroll: Int)
    /// The recipe panel: the steps, with the cursor at `recipe.cursor`.
    case recipe
    /// The add-step menu (state in `builder`).
    case menu
    /// A step's form (state in `builder`).
    case form
    /// The command palette (state in `palette`).
    case palette
    /// The file picker (state in `picker`).
    case picker
}

/// The file the session opened, and how it was read.
public struct DataOrigin: Sendable {
    public var path: String
    public var format: TableFormat?
    public var options: ReadOptions
    public init(path: String, format: TableFormat?, options: ReadOptions) {
        self.path = path; self.format = format; self.options = options
    }
}

public struct Prompt: Sendable, Equatable {
    public var label: String
    public var text: String
    /// What Enter does with the text.
    public var purpose: PromptPurpose = .search

    public init(label: String, text: String, purpose: PromptPurpose = .search) {
        self.label = label; self.text = text; self.purpose = purpose
    }
}

/// What a prompt's text is for; `submitPrompt` sends it to the feature that asked.
public enum PromptPurpose: Sendable, Equatable {
    case search
    /// The path to save the recipe to.
    case saveRecipe
    /// A recipe file to open and replay.
    case openRecipe
    /// The output file of a recipe job.
    case runOutput
    /// The profile report file (.html, .json, .md).
    case exportReport
    /// Keep the rows whose current-column cell contains the text.
    case filter
    /// "y" to quit without saving.
    case confirmQuit
    /// "y" to replace this existing output file.
    case confirmReplace(String)
}

public struct RunningJob: Sendable, Equatable {
    public var label: String
    public var fraction: Double?
    /// Work the user did not ask for (the background profile): shown in the status
    /// line, not in the footer, whose key hints it would otherwise hide.
    public var background = false
}

public struct StatusMessage: Sendable, Equatable {
    public var text: String
    public var isError: Bool
}

/// Freezes the first column by default when it looks like a row identifier.
enum FreezeDefault {
    static func columns(_ schema: Schema) -> [Int] {
        guard schema.fields.count > 2, let first = schema.fields.first?.name else { return [] }
        let lower = first.lowercased()
        let looksLikeID = ["id", "uid", "uuid", "key", "#", "no", "번호"].contains(lower)
            || ["_id", " id", "-id"].contains { lower.hasSuffix($0) }
            || first.hasSuffix("Id") || first.hasSuffix("ID")          // studentId, StudentID
        return looksLikeID ? [0] : []
    }
}
