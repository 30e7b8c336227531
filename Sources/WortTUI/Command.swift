/// What a key does, independent of which key: the key map binds keys to these, the
/// palette lists them by name, tests send them directly.
public enum Command: Hashable, Sendable {
    case up, down, left, right
    case pageUp, pageDown
    case top, bottom
    case firstColumn, lastColumn
    case search, searchNext, searchPrevious
    case openRecord, previousRecord, nextRecord
    case sortAscending, sortDescending, clearSort
    case toggleFreeze
    /// Shows only rows whose current-column cell contains a text (view only).
    case filter
    /// Turns the view's sort and filter into recipe steps (previewed first).
    case viewToSteps
    case help
    /// Closes the open overlay or prompt (Esc).
    case close
    /// Stops the running job, or quits when nothing runs (Ctrl-C).
    case interrupt
    case quit

    // Panels
    /// The profile panel of the cursor column.
    case profileColumn
    /// The dataset overview.
    case overview
    /// The recipe panel (the steps).
    case recipePanel
    /// The command palette.
    case palette
    /// The file picker, to open another file.
    case openFile
    /// Runs the entry under the cursor of a list (menu, palette, picker).
    case select

    // Recipe
    case addStep
    /// Proposes a masking step for every column detected as sensitive.
    case maskSensitive
    case undo, redo
    case saveRecipe
    /// Replays a saved recipe on this data.
    case openRecipe
    /// Runs the recipe on the full file as a job, to an output file.
    case runRecipe
    case exportProfile
    /// Keeps the previewed step (Enter in the preview).
    case applyPreview
    case editStep, toggleStep, moveStepUp, moveStepDown, deleteStep
}
