import Foundation
import WortCore
import WortIO
import WortProfile

extension AppState {
    /// `p`: the profile panel of the cursor column.
    mutating func openProfile() -> [Effect] {
        guard grid.column < data.columnCount else { return [] }
        overlays.append(.profile(scroll: 0))
        return ensureColumnProfile()
    }

    /// `P`: the dataset overview (computed in the background if it is not yet).
    mutating func openOverview() -> [Effect] {
        guard data.columnCount > 0 else { return [] }
        overlays.append(.overview(scroll: grid.column))
        if profile.datasetVersion == dataVersion || profile.datasetJob != nil { return [] }
        return dataChanged()
    }

    mutating func profileCommand(_ command: Command) -> [Effect] {
        guard case .profile(let scroll) = overlays.last else { return [] }
        let page = max(1, height - GridLayout.bottomRows - 3)
        func scrolled(_ s: Int) { overlays[overlays.count - 1] = .profile(scroll: max(0, min(s, ProfilePanel.lineCount(self) - 1))) }
        switch command {
        case .close, .profileColumn: overlays.removeLast()
        case .up: scrolled(scroll - 1)
        case .down: scrolled(scroll + 1)
        case .pageUp: scrolled(scroll - page)
        case .pageDown: scrolled(scroll + page)
        case .left, .right:
            moveColumn(by: command == .left ? -1 : 1)
            keepCursorVisible()
            overlays[overlays.count - 1] = .profile(scroll: 0)
            return ensureColumnProfile()
        case .overview:
            overlays.removeLast()
            return openOverview()
        case .addStep:
            overlays.removeLast()
            return openStepMenu()
        case .help, .interrupt: return panelCommand(command)
        default: break
        }
        return []
    }

    mutating func overviewCommand(_ command: Command) -> [Effect] {
        guard case .overview(let cursor) = overlays.last else { return [] }
        let count = data.columnCount
        let page = max(1, height - GridLayout.bottomRows - 8)
        if let c = ListKeys.moved(cursor, command, count: count, page: page) {
            overlays[overlays.count - 1] = .overview(scroll: c)
            return []
        }
        switch command {
        case .close, .overview: overlays.removeLast()
        case .select, .profileColumn:
            overlays.removeLast()
            grid.column = max(0, min(count - 1, cursor))
            keepCursorVisible()
            return openProfile()
        case .maskSensitive:
            overlays.removeLast()
            return proposeMasking()
        case .help, .interrupt: return panelCommand(command)
        default: break
        }
        return []
    }

    /// `e`: asks where to write the profile report of the data on screen.
    mutating func exportProfileReport() -> [Effect] {
        guard data.columnCount > 0 else { return [] }
        prompt = Prompt(label: "profile report (.html .json .md): ", text: defaultName(suffix: "-profile.html"), purpose: .exportReport)
        return []
    }

    /// Writes the report: the dataset profile of the data on screen (computed now if it is
    /// not yet), as HTML, JSON or Markdown by the extension, atomically.
    mutating func submitExportReport(path: String) -> [Effect] {
        let ext = (path as NSString).pathExtension.lowercased()
        guard ["html", "htm", "json", "md", "markdown"].contains(ext) else {
            message = StatusMessage(text: "name the report .html, .json or .md", isError: true)
            return []
        }
        let known = profile.datasetVersion == dataVersion ? profile.dataset : nil
        let store = data
        let source = origin?.path ?? title
        let described = load.sample == nil ? nil : StatusLine.dataStatus(self)
        let id = newJobID()
        jobs[id] = RunningJob(label: "writing \(path)", fraction: nil)
        return [.work(id, BackgroundWork(kind: "report") { cancel, progress in
            var p = try known ?? ProfileJobs.profile(store, columns: nil, cancel: cancel, progress: progress)
            p.source = source
            if let described { p.sampleDescription = described }
            let text: String = switch ext {
            case "json": JSONReport.render(p)
            case "md", "markdown": MarkdownReport.render(p)
            default: HTMLReport.render(p)
            }
            try OutputFile.write(text, to: path)
            return { state in
                state.message = StatusMessage(text: "wrote the profile report to \(path)", isError: false)
                return []
            }
        })]
    }
}

/// A mark for a column the detectors flagged, for the grid header; nil when none.
enum SensitiveMark {
    static let glyph = "⚠"
    static func of(_ state: AppState, column: Int) -> String? {
        guard let flagged = state.profile.sensitive, column < state.data.columnCount else { return nil }
        let name = state.data.schema.fields[column].name
        return flagged.contains { $0.column == name } ? glyph : nil
    }
}
