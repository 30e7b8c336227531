import WortRecipe

/// The recipe being built: its steps, each of which can be switched off, with undo and
/// redo kept as whole step lists (the data is recomputed from the list, never undone
/// by inverse actions).
public struct RecipeSession: Sendable {
    public struct Step: Sendable, Equatable {
        public var step: RecipeStep
        public var enabled = true
        public init(_ step: RecipeStep, enabled: Bool = true) { self.step = step; self.enabled = enabled }
    }

    public var steps: [Step] = []
    /// Step under the cursor in the recipe panel.
    public var cursor = 0
    var undoStack: [[Step]] = []
    var redoStack: [[Step]] = []
    /// Where the recipe was last saved or opened from.
    public var path: String?
    /// Changed since it was last saved (or opened).
    public var unsaved = false
    /// The job applying the steps to the loaded rows, while it runs.
    public var applyJob: JobID?
    /// Problems pre-flight found the last time the steps were applied, by step number.
    public var problems: [RecipeProblem] = []
    /// Rows in and out of each enabled step, in order, from the last time they ran.
    public var stepRows: [StepRows] = []

    /// Second datasets, secrets and seed from the command line (`--dataset`, `--secret`,
    /// `--seed`), as `wort run` takes them; nil: the environment's secrets only.
    public var baseEnvironment: RecipeEnvironment?

    public init() {}

    /// The steps that run: the enabled ones, as DataBrew's recipe.
    public var recipe: Recipe { Recipe(steps: steps.filter(\.enabled).map(\.step)) }
}

/// Rows into and out of one step.
public struct StepRows: Sendable, Equatable {
    public var rowsIn: Int
    public var rowsOut: Int
    static func of(_ summary: RunSummary?) -> [StepRows] {
        (summary?.steps ?? []).map { StepRows(rowsIn: $0.rowsIn, rowsOut: $0.rowsOut) }
    }
}

/// Steps shown applied to the data before they are added to the recipe.
public struct StepPreview: Sendable {
    /// The steps, and where they go (appended, or replacing the edited step at `replacing`).
    public var steps: [RecipeStep]
    public var replacing: Int?
    public var job: JobID?
    /// The data as it was, shown again when the preview is dropped.
    public var before: RowStore
    public var beforeVersion: Int
    /// What changed, once the preview is computed (the grid then shows the result).
    public var diff: PreviewDiff?
    /// Rows in and out of the steps the preview ran (the new ones, or all for an edit).
    public var stepRows: [StepRows] = []
    /// Enter came before the preview was ready: keep the steps as soon as it is.
    public var applyWhenReady = false
}

/// How a previewed result differs from the data before it.
public struct PreviewDiff: Sendable, Equatable {
    /// For each result column, the column of the data before with the same name (nil: new).
    public var sourceColumn: [Int?]
    public var removedColumns: [String]
    /// Old name → new name.
    public var renamed: [String: String]
    public var rowsBefore: Int
    public var rowsAfter: Int
    /// Changed cells per result column name, counted over the first `countedRows` rows
    /// (cells are compared by position, so only when the row count is unchanged).
    public var changedCells: [String: Int]
    public var countedRows: Int

    /// True when cells can be compared row by row.
    public var alignsRows: Bool { rowsBefore == rowsAfter }
}
