import WortRecipe

extension AppState {
    /// Shows `step` applied to the data, for the user to keep (Enter) or drop (Esc).
    /// The builder's forms and the mask proposal end here. `replacing` edits a step.
    public mutating func proposeStep(_ step: RecipeStep, replacing: Int? = nil) -> [Effect] {
        message = StatusMessage(text: "preview: not built yet", isError: true)
        return []
    }

    mutating func previewCommand(_ command: Command) -> [Effect] { gridCommand(command) }
    mutating func recipePanelCommand(_ command: Command) -> [Effect] { overlays.removeLast(); return [] }
    mutating func recipeCommand(_ command: Command) -> [Effect] { [] }
}

enum RecipePanel {
    static func draw(_ state: AppState, into buffer: inout ScreenBuffer) {}
}
