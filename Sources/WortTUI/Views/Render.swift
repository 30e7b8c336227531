/// The whole screen for a state. Pure: the same state always gives the same buffer.
public func render(_ state: AppState) -> ScreenBuffer {
    var buffer = ScreenBuffer(width: state.width, height: state.height)
    guard state.width > 0, state.height > 0 else { return buffer }
    GridView.draw(state, into: &buffer)
    for overlay in state.overlays {
        switch overlay {
        case .record(let scroll): RecordView.draw(state, scroll: scroll, into: &buffer)
        case .help(let scroll): HelpOverlay.draw(state, scroll: scroll, into: &buffer)
        case .profile(let scroll): ProfilePanel.draw(state, scroll: scroll, into: &buffer)
        case .overview(let scroll): OverviewView.draw(state, scroll: scroll, into: &buffer)
        case .recipe: RecipePanel.draw(state, into: &buffer)
        case .menu: MenuView.draw(state, into: &buffer)
        case .form: FormView.draw(state, into: &buffer)
        case .palette: PaletteView.draw(state, into: &buffer)
        case .picker: PickerView.draw(state, into: &buffer)
        }
    }
    StatusLine.draw(state, into: &buffer)
    FooterLine.draw(state, into: &buffer)
    return buffer
}

/// Shared look, so every view marks the same things the same way.
enum Theme {
    static let header = CellStyle(bold: true, underline: true)
    static let headerCursor = CellStyle(bold: true, reverse: true)
    static let null = CellStyle(dim: true)
    static let invalid = CellStyle(fg: .red, underline: true)
    static let rule = CellStyle(dim: true)
    static let status = CellStyle(reverse: true)
    static let key = CellStyle(bold: true)
    static let error = CellStyle(fg: .red, bold: true)
    static let title = CellStyle(bold: true)
    static let chart = CellStyle(fg: .cyan)
    /// A cell the previewed step changes (the header also carries Δ, for NO_COLOR).
    static let changed = CellStyle(fg: .cyan, bold: true, underline: true)
}
