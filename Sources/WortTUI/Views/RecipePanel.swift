import WortCore
import WortRecipe

/// `R`: the recipe's steps at the right of the grid (the whole screen when narrow),
/// with rows in and out of each and pre-flight problems under the step they concern.
enum RecipePanel {
    struct Line {
        var text: String
        var style: CellStyle
        /// The step this line belongs to (for the cursor), nil for notes.
        var step: Int?
    }

    static func frame(_ state: AppState) -> (x: Int, width: Int, height: Int) {
        let height = max(0, state.height - GridLayout.bottomRows)
        let width = state.width < 80 ? state.width : min(state.width, max(44, state.width * 2 / 5))
        return (state.width - width, width, height)
    }

    static func lines(_ state: AppState, width: Int) -> [Line] {
        let session = state.recipe
        guard !session.steps.isEmpty else {
            return [Line(text: "No steps yet.", style: .plain, step: nil),
                    Line(text: "a adds a step; O opens a saved recipe.", style: Theme.null, step: nil)]
        }
        var out: [Line] = []
        // Rows per step from the last apply, by the step's place among the enabled ones.
        var counts: [Int: StepRows] = [:]
        for (k, r) in session.stepRows.enumerated() { counts[k + 1] = r }
        var enabledNumber = 0
        for (i, s) in session.steps.enumerated() {
            var number: Int?
            if s.enabled { enabledNumber += 1; number = enabledNumber }
            let mark = s.enabled ? "✓" : "○"
            var text = "\(i + 1) \(mark) \(s.step.action.operation)  \(DisplayWidth.sanitize(StepSummary.text(s.step)))"
            if let n = number, let c = counts[n] {
                let rows = c.rowsIn == c.rowsOut ? "\(NumberText.grouped(c.rowsOut))" : "\(NumberText.grouped(c.rowsIn))→\(NumberText.grouped(c.rowsOut))"
                let room = width - DisplayWidth.of(rows) - 2
                text = DisplayWidth.fit(DisplayWidth.truncate(text, toWidth: max(0, room)), toWidth: max(0, room)) + "  " + rows
            }
            out.append(Line(text: text, style: s.enabled ? .plain : Theme.null, step: i))
            if let n = number {
                for problem in session.problems where problem.step == n {
                    out.append(Line(text: "   ⚠ " + DisplayWidth.sanitize(problem.message), style: problem.isWarning ? Theme.null : Theme.error, step: i))
                }
            }
        }
        if session.applyJob != nil { out.append(Line(text: "applying…", style: Theme.null, step: nil)) }
        return out
    }

    static func draw(_ state: AppState, into buffer: inout ScreenBuffer) {
        let (x0, width, height) = frame(state)
        guard width >= 8, height >= 3 else { return }
        let name = state.recipe.path.map(\.lastComponent) ?? "unsaved"
        let title = "Recipe · \(state.recipe.steps.count) step\(state.recipe.steps.count == 1 ? "" : "s") · \(name)" + (state.recipe.unsaved ? " *" : "")
        Box.draw(x: x0, y: 0, width: width, height: height, title: DisplayWidth.sanitize(title), into: &buffer)
        let inner = width - 4
        let all = lines(state, width: inner)
        let rows = height - 2
        let first = firstLine(state, all, rows: rows)
        for (i, line) in all.dropFirst(first).prefix(rows).enumerated() {
            var style = line.style
            let isCursor = line.step == state.recipe.cursor && line.step != nil && !line.text.hasPrefix("   ")
            if isCursor { style.reverse = true }
            let text = isCursor ? DisplayWidth.fit(line.text, toWidth: inner) : line.text
            buffer.put(text, x: x0 + 2, y: 1 + i, style: style, limit: x0 + 2 + inner)
        }
    }
}

extension RecipePanel {
    /// The first line shown: the cursor's step is kept in view.
    static func firstLine(_ state: AppState, _ all: [Line], rows: Int) -> Int {
        let cursorLine = all.firstIndex { $0.step == state.recipe.cursor } ?? 0
        return max(0, min(cursorLine - rows / 2, all.count - rows))
    }

    /// The step drawn at screen cell (x, y), if any (for mouse clicks).
    static func step(atX x: Int, y: Int, _ state: AppState) -> Int? {
        let (x0, width, height) = frame(state)
        let rows = height - 2
        guard width >= 8, height >= 3, x >= x0, x < x0 + width, y >= 1, y < 1 + rows else { return nil }
        let all = lines(state, width: width - 4)
        let k = firstLine(state, all, rows: rows) + y - 1
        return k < all.count ? all[k].step : nil
    }
}

private extension String {
    var lastComponent: String { split(separator: "/").last.map(String.init) ?? self }
}
