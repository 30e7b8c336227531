import WortRecipe

extension AppState {
    /// Shows `steps` applied to the data, for the user to keep (Enter) or drop (Esc).
    /// The builder's forms and the mask proposal end here. `replacing` is the index of
    /// the step an edit replaces (then `steps` holds one step).
    public mutating func proposeSteps(_ steps: [RecipeStep], replacing: Int? = nil) -> [Effect] {
        message = StatusMessage(text: "preview: not built yet", isError: true)
        return []
    }

    mutating func previewCommand(_ command: Command) -> [Effect] { gridCommand(command) }
    mutating func recipePanelCommand(_ command: Command) -> [Effect] { overlays.removeLast(); return [] }
    mutating func recipeCommand(_ command: Command) -> [Effect] { [] }
    mutating func submitRecipePrompt(_ p: Prompt) -> [Effect] { [] }
}

enum RecipePanel {
    static func draw(_ state: AppState, into buffer: inout ScreenBuffer) {}
}
