extension AppState {
    /// `p`: opens the profile panel of the cursor column. (stub)
    mutating func openProfile() -> [Effect] { message = StatusMessage(text: "profiles: not built yet", isError: true); return [] }
    /// `P`: opens the dataset overview. (stub)
    mutating func openOverview() -> [Effect] { message = StatusMessage(text: "overview: not built yet", isError: true); return [] }
    /// `e`: writes the profile report. (stub)
    mutating func exportProfileReport() -> [Effect] { message = StatusMessage(text: "report export: not built yet", isError: true); return [] }
    /// Enter on the report prompt: writes the report to `path`. (stub)
    mutating func submitExportReport(path: String) -> [Effect] { [] }
    mutating func profileCommand(_ command: Command) -> [Effect] { overlays.removeLast(); return [] }
    mutating func overviewCommand(_ command: Command) -> [Effect] { overlays.removeLast(); return [] }
}

/// A mark for a column the detectors flagged, for the grid header; nil when none. (stub)
enum SensitiveMark {
    static func of(_ state: AppState, column: Int) -> String? { nil }
}
