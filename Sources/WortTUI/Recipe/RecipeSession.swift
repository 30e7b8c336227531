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

    public init() {}

    /// The steps that run: the enabled ones, as DataBrew's recipe.
    public var recipe: Recipe { Recipe(steps: steps.filter(\.enabled).map(\.step)) }
}

/// A step shown applied to the data before it is added to the recipe.
public struct StepPreview: Sendable {
    /// The steps, and where they go in the recipe (at the end, or replacing an edited one).
    public var steps: [RecipeStep]
    public var replacing: Int?
    public var job: JobID?
    /// The data with the step applied, once computed.
    public var result: RowStore?
    public var rowsBefore: Int
    /// Columns of `result` whose cells differ from the data before, by column (for
    /// highlighting); nil while computing.
    public var changed: ChangedCells?
}

/// Which cells a previewed step changed: per output column, the rows that differ, or
/// the whole column when it is new.
public struct ChangedCells: Sendable, Equatable {
    public var newColumns: Set<Int> = []
    public var cells: [Int: Set<Int>] = [:]
    public var removedColumns: [String] = []
    public var count = 0

    public init() {}

    public func contains(row: Int, column: Int) -> Bool {
        newColumns.contains(column) || cells[column]?.contains(row) == true
    }
}
