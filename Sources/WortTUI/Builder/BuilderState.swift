import WortRecipe

/// The add-step menu and the form of the step being made. (stub: helper-builder)
public struct BuilderState: Sendable {
    public init() {}
}

extension AppState {
    /// `a`: the add-step menu. (stub)
    mutating func openStepMenu() -> [Effect] { message = StatusMessage(text: "add step: not built yet", isError: true); return [] }
    /// `M`: proposes masking steps for the detected sensitive columns. (stub)
    mutating func proposeMasking() -> [Effect] { message = StatusMessage(text: "masking: not built yet", isError: true); return [] }
    /// The form of an existing step, to edit it (from the recipe panel). (stub)
    mutating func openStepForm(editing step: RecipeStep, at index: Int) -> [Effect] {
        message = StatusMessage(text: "editing steps: not built yet", isError: true); return []
    }
    /// Typing in the menu or a form; nil leaves the key to the key map.
    mutating func builderKey(_ key: Key) -> [Effect]? { nil }
    mutating func builderCommand(_ command: Command) -> [Effect] { overlays.removeLast(); return [] }
}

enum MenuView {
    static func draw(_ state: AppState, into buffer: inout ScreenBuffer) {}
}

enum FormView {
    static func draw(_ state: AppState, into buffer: inout ScreenBuffer) {}
}
