/// Where keys are read: each screen has its own bindings.
public enum KeyContext: String, Hashable, Sendable, CaseIterable {
    case grid, preview, record, profile, overview, recipe, menu, form, palette, picker, help
}

/// One binding: keys, the command they run, and how the footer and help describe it.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    public var command: Command
    /// Short, for the footer ("sort"); nil keeps the binding out of the footer.
    public var hint: String?
    /// One line for the help overlay.
    public var help: String

    public init(_ keys: [Key], _ command: Command, hint: String? = nil, _ help: String) {
        self.keys = keys; self.command = command; self.hint = hint; self.help = help
    }

    /// The keys as the help writes them: "j ↓".
    public var keyLabel: String { keys.map(\.label).joined(separator: " ") }
}

/// The one table that decides what keys do. Key handling, the footer hints and the
/// help overlay all read it, so they cannot disagree (and a user key map can later
/// replace entries here).
public struct KeyMap: Sendable {
    public var bindings: [KeyContext: [KeyBinding]]

    public init(bindings: [KeyContext: [KeyBinding]]) { self.bindings = bindings }

    public func command(for key: Key, in context: KeyContext) -> Command? {
        bindings[context]?.first { $0.keys.contains(key) }?.command
    }

    public func entries(_ context: KeyContext) -> [KeyBinding] { bindings[context] ?? [] }

    public static let standard = KeyMap(bindings: [
        .grid: [
            KeyBinding([.char("?"), .function(1)], .help, hint: "help", "this help"),
            KeyBinding([.char("a")], .addStep, hint: "add step", "add a recipe step (menu by group, like DataBrew's toolbar)"),
            KeyBinding([.char("p")], .profileColumn, hint: "profile", "profile of the current column"),
            KeyBinding([.char("P")], .overview, hint: "overview", "dataset overview: every column, duplicates, correlations"),
            KeyBinding([.char("R")], .recipePanel, hint: "recipe", "the recipe panel: steps to edit, switch off, reorder, delete"),
            KeyBinding([.char(":")], .palette, hint: "commands", "find any command by name"),
            KeyBinding([.char("q")], .quit, hint: "quit", "quit (asks first when the recipe is not saved)"),
            KeyBinding([.char("M")], .maskSensitive, "mask every column detected as sensitive (proposes steps)"),
            KeyBinding([.char("u")], .undo, "undo the last recipe change"),
            KeyBinding([.ctrl("r")], .redo, "redo"),
            KeyBinding([.char("w"), .ctrl("s")], .saveRecipe, "save the recipe (DataBrew JSON)"),
            KeyBinding([.char("O")], .openRecipe, "open a saved recipe and replay it on this data"),
            KeyBinding([.char("x")], .runRecipe, "run the recipe on the full file as a job (CSV, JSON or Parquet)"),
            KeyBinding([.char("e")], .exportProfile, "export the profile report (HTML, JSON or Markdown)"),
            KeyBinding([.char("o"), .ctrl("o")], .openFile, "open another file"),
            KeyBinding([.char("k"), .up], .up, "row up"),
            KeyBinding([.char("j"), .down], .down, "row down"),
            KeyBinding([.char("h"), .left], .left, "column left"),
            KeyBinding([.char("l"), .right], .right, "column right"),
            KeyBinding([.tab, .char(">")], .right, "next column"),
            KeyBinding([.backTab, .char("<")], .left, "previous column"),
            KeyBinding([.pageUp, .ctrl("b")], .pageUp, "page up"),
            KeyBinding([.pageDown, .ctrl("f"), .char(" ")], .pageDown, "page down"),
            KeyBinding([.char("g"), .home], .top, "first row"),
            KeyBinding([.char("G"), .end], .bottom, "last row"),
            KeyBinding([.char("0"), .char("^")], .firstColumn, "first column"),
            KeyBinding([.char("$")], .lastColumn, "last column"),
            KeyBinding([.char("/")], .search, hint: "search", "search in the current column"),
            KeyBinding([.char("n")], .searchNext, "next match"),
            KeyBinding([.char("N")], .searchPrevious, "previous match"),
            KeyBinding([.enter], .openRecord, hint: "record", "the current row as a list of column: value"),
            KeyBinding([.char("s")], .sortAscending, hint: "sort", "sort by the current column, ascending (view only)"),
            KeyBinding([.char("S")], .sortDescending, "sort by the current column, descending (view only)"),
            KeyBinding([.char("f"), .char("|")], .filter, hint: "filter", "show only rows whose cell in this column contains a text (view only)"),
            KeyBinding([.char("r")], .clearSort, "all rows in file order (ends the view's sort and filter)"),
            KeyBinding([.char("+")], .viewToSteps, "make the view's sort and filter recipe steps (SORT, REMOVE_VALUES)"),
            KeyBinding([.char("!")], .toggleFreeze, hint: "freeze", "freeze or unfreeze the current column at the left"),
            KeyBinding([.escape], .close, "close a prompt; stop a running job"),
            KeyBinding([.ctrl("c")], .interrupt, "stop a running job, or quit"),
        ],
        .preview: [
            KeyBinding([.enter], .applyPreview, hint: "apply", "add the previewed step to the recipe"),
            KeyBinding([.escape], .close, hint: "discard", "drop the previewed step"),
            KeyBinding([.char("k"), .up], .up, "row up"),
            KeyBinding([.char("j"), .down], .down, "row down"),
            KeyBinding([.char("h"), .left], .left, "column left"),
            KeyBinding([.char("l"), .right], .right, "column right"),
            KeyBinding([.pageUp, .ctrl("b")], .pageUp, "page up"),
            KeyBinding([.pageDown, .ctrl("f"), .char(" ")], .pageDown, "page down"),
            KeyBinding([.char("g"), .home], .top, "first row"),
            KeyBinding([.char("G"), .end], .bottom, "last row"),
            KeyBinding([.char("?"), .function(1)], .help, hint: "help", "this help"),
            KeyBinding([.ctrl("c")], .interrupt, "stop a running job, or quit"),
        ],
        .recipe: [
            KeyBinding([.escape, .char("R"), .char("q")], .close, hint: "back", "back to the grid"),
            KeyBinding([.char("k"), .up], .up, "previous step"),
            KeyBinding([.char("j"), .down], .down, "next step"),
            KeyBinding([.enter, .char("e")], .editStep, hint: "edit", "edit the step (its form, with a preview)"),
            KeyBinding([.char(" ")], .toggleStep, hint: "on/off", "switch the step off or on"),
            KeyBinding([.char("K")], .moveStepUp, hint: "move ↑", "move the step up"),
            KeyBinding([.char("J")], .moveStepDown, hint: "move ↓", "move the step down"),
            KeyBinding([.char("d"), .delete], .deleteStep, hint: "delete", "delete the step"),
            KeyBinding([.char("a")], .addStep, hint: "add", "add a step"),
            KeyBinding([.char("u")], .undo, "undo"),
            KeyBinding([.ctrl("r")], .redo, "redo"),
            KeyBinding([.char("w"), .ctrl("s")], .saveRecipe, hint: "save", "save the recipe"),
            KeyBinding([.char("x")], .runRecipe, hint: "run", "run the recipe as a job"),
            KeyBinding([.char("?"), .function(1)], .help, "this help"),
            KeyBinding([.ctrl("c")], .interrupt, "stop a running job, or quit"),
        ],
        .profile: [
            KeyBinding([.escape, .char("q"), .char("p")], .close, hint: "back", "back to the grid"),
            KeyBinding([.char("h"), .left], .left, hint: "prev column", "the previous column's profile"),
            KeyBinding([.char("l"), .right], .right, hint: "next column", "the next column's profile"),
            KeyBinding([.char("k"), .up], .up, "scroll up"),
            KeyBinding([.char("j"), .down], .down, "scroll down"),
            KeyBinding([.pageUp], .pageUp, "page up"),
            KeyBinding([.pageDown, .char(" ")], .pageDown, "page down"),
            KeyBinding([.char("P")], .overview, hint: "overview", "the dataset overview"),
            KeyBinding([.char("a")], .addStep, hint: "add step", "add a recipe step for this column"),
            KeyBinding([.char("?"), .function(1)], .help, "this help"),
            KeyBinding([.ctrl("c")], .interrupt, "stop a running job, or quit"),
        ],
        .overview: [
            KeyBinding([.escape, .char("q"), .char("P")], .close, hint: "back", "back to the grid"),
            KeyBinding([.enter, .char("p")], .select, hint: "profile", "the profile of the column under the cursor"),
            KeyBinding([.char("k"), .up], .up, "previous column"),
            KeyBinding([.char("j"), .down], .down, "next column"),
            KeyBinding([.pageUp], .pageUp, "page up"),
            KeyBinding([.pageDown, .char(" ")], .pageDown, "page down"),
            KeyBinding([.char("g"), .home], .top, "first column"),
            KeyBinding([.char("G"), .end], .bottom, "last column"),
            KeyBinding([.char("M")], .maskSensitive, hint: "mask sensitive", "propose masking steps for every sensitive column"),
            KeyBinding([.char("?"), .function(1)], .help, "this help"),
            KeyBinding([.ctrl("c")], .interrupt, "stop a running job, or quit"),
        ],
        .menu: [
            KeyBinding([.enter], .select, hint: "choose", "open the step's form (in the masking list: preview the ticked steps)"),
            KeyBinding([.escape], .close, hint: "back", "back to the grid"),
            KeyBinding([.up, .ctrl("p")], .up, "previous entry (j/k too in the masking list)"),
            KeyBinding([.down, .ctrl("n")], .down, "next entry"),
            KeyBinding([.char("k")], .up, "previous masking step"),
            KeyBinding([.char("j")], .down, "next masking step"),
            KeyBinding([.pageUp], .pageUp, "page up"),
            KeyBinding([.pageDown], .pageDown, "page down"),
            KeyBinding([.function(1)], .help, "this help (letters filter the steps; Space ticks a masking step)"),
            KeyBinding([.ctrl("c")], .interrupt, "stop a running job, or close"),
        ],
        .form: [
            KeyBinding([.enter], .select, hint: "preview", "check the step and preview it on the data"),
            KeyBinding([.tab], .down, hint: "next field", "next field (↑/↓ too; in a file field Tab completes)"),
            KeyBinding([.escape], .close, hint: "back", "back to the menu"),
            KeyBinding([.left, .right], .left, hint: "change", "pick another column or choice; Space adds or removes a column of a list"),
            KeyBinding([.function(1)], .help, "this help (typing edits the field; in a column field it finds a column)"),
            KeyBinding([.ctrl("c")], .interrupt, "stop a running job, or close"),
        ],
        .palette: [
            KeyBinding([.enter], .select, hint: "run", "run the command under the cursor"),
            KeyBinding([.escape], .close, hint: "back", "back to the grid"),
            KeyBinding([.up, .ctrl("p")], .up, "previous command"),
            KeyBinding([.down, .ctrl("n")], .down, "next command"),
            KeyBinding([.ctrl("c")], .interrupt, "close"),
        ],
        .picker: [
            KeyBinding([.enter], .select, hint: "open", "open the file, or enter the folder"),
            KeyBinding([.escape], .close, hint: "back", "back (quits when no file is open)"),
            KeyBinding([.up, .ctrl("p")], .up, "previous entry (letters filter)"),
            KeyBinding([.down, .ctrl("n")], .down, "next entry"),
            KeyBinding([.pageUp], .pageUp, "page up"),
            KeyBinding([.pageDown], .pageDown, "page down"),
            KeyBinding([.function(1)], .help, "this help"),
            KeyBinding([.ctrl("c")], .interrupt, "stop a running job, or close"),
        ],
        .record: [
            KeyBinding([.escape, .char("q"), .enter], .close, hint: "back", "back to the grid"),
            KeyBinding([.char("k"), .up], .up, "scroll up"),
            KeyBinding([.char("j"), .down], .down, "scroll down"),
            KeyBinding([.pageUp], .pageUp, "page up"),
            KeyBinding([.pageDown, .char(" ")], .pageDown, "page down"),
            KeyBinding([.char("h"), .left], .previousRecord, hint: "prev row", "previous row"),
            KeyBinding([.char("l"), .right], .nextRecord, hint: "next row", "next row"),
            KeyBinding([.char("?"), .function(1)], .help, hint: "help", "this help"),
            KeyBinding([.ctrl("c")], .interrupt, "stop a running job, or quit"),
        ],
        .help: [
            KeyBinding([.escape, .char("q"), .char("?")], .close, hint: "close", "close the help"),
            KeyBinding([.char("k"), .up], .up, "scroll up"),
            KeyBinding([.char("j"), .down], .down, "scroll down"),
            KeyBinding([.pageUp], .pageUp, "page up"),
            KeyBinding([.pageDown, .char(" ")], .pageDown, "page down"),
            KeyBinding([.ctrl("c")], .interrupt, "stop a running job, or quit"),
        ],
    ])
}
