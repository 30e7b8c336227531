/// The file picker. (stub: helper-palette)
public struct PickerState: Sendable {
    public init() {}
}

extension AppState {
    mutating func openPicker() -> [Effect] { message = StatusMessage(text: "file picker: not built yet", isError: true); return [] }
    mutating func pickerKey(_ key: Key) -> [Effect]? { nil }
    mutating func pickerCommand(_ command: Command) -> [Effect] { overlays.removeLast(); return [] }
}

enum PickerView {
    static func draw(_ state: AppState, into buffer: inout ScreenBuffer) {}
}
