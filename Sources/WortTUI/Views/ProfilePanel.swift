/// The column profile panel. (stub)
enum ProfilePanel {
    static func draw(_ state: AppState, scroll: Int, into buffer: inout ScreenBuffer) {}
}

/// The dataset overview. (stub)
enum OverviewView {
    static func draw(_ state: AppState, scroll: Int, into buffer: inout ScreenBuffer) {}
}
