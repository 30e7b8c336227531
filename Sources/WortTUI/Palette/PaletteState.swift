/// The command palette. (stub: helper-palette)
public struct PaletteState: Sendable {
    public init() {}
}

extension AppState {
    mutating func openPalette() -> [Effect] { message = StatusMessage(text: "palette: not built yet", isError: true); return [] }
    mutating func paletteKey(_ key: Key) -> [Effect]? { nil }
    mutating func paletteCommand(_ command: Command) -> [Effect] { overlays.removeLast(); return [] }
}

enum PaletteView {
    static func draw(_ state: AppState, into buffer: inout ScreenBuffer) {}
}
