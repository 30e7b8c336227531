extension AppState {
    mutating func recordCommand(_ command: Command) -> [Effect] {
        guard case .record(let scroll) = overlays.last else { return [] }
        let page = max(1, height - GridLayout.bottomRows - 2)
        let last = max(0, RecordView.lineCount(self) - page)
        func scrolled(_ s: Int) { overlays[overlays.count - 1] = .record(scroll: max(0, min(last, s))) }
        switch command {
        case .up: scrolled(scroll - 1)
        case .down: scrolled(scroll + 1)
        case .pageUp: scrolled(scroll - page)
        case .pageDown: scrolled(scroll + page)
        case .previousRecord, .nextRecord:
            moveRow(by: command == .nextRecord ? 1 : -1)
            scrolled(0)
        case .help: overlays.append(.help(scroll: 0))
        case .close: overlays.removeLast()
        case .interrupt:
            if !jobs.isEmpty { return cancelJobs() }
            shouldQuit = true
        default: break
        }
        return []
    }

    mutating func helpCommand(_ command: Command) -> [Effect] {
        guard case .help(let scroll) = overlays.last else { return [] }
        let page = max(1, height - 4)
        let last = max(0, HelpOverlay.lines(self).count - page)
        func scrolled(_ s: Int) { overlays[overlays.count - 1] = .help(scroll: max(0, min(last, s))) }
        switch command {
        case .up: scrolled(scroll - 1)
        case .down: scrolled(scroll + 1)
        case .pageUp: scrolled(scroll - page)
        case .pageDown: scrolled(scroll + page)
        case .close: overlays.removeLast()
        case .interrupt:
            if !jobs.isEmpty { return cancelJobs() }
            shouldQuit = true
        default: break
        }
        return []
    }

    /// Keys while a prompt is open go to its text.
    mutating func editPrompt(_ key: Key) -> [Effect] {
        guard var p = prompt else { return [] }
        if p.isQuestion {
            // A yes/no question: one key answers it, anything but y means no.
            prompt = nil
            if key == .char("y") || key == .char("Y") || (p.purpose == .confirmQuit && key == .ctrl("c")) {
                p.text = "y"
                return submitPrompt(p)
            }
            if p.purpose == .confirmQuit && (key == .char("w") || key == .ctrl("s")) { return askSaveRecipe() }
            message = StatusMessage(text: "cancelled", isError: false)
            return []
        }
        switch key {
        case .escape, .ctrl("c"): prompt = nil
        case .backspace:
            if p.text.isEmpty { prompt = nil } else { p.text.removeLast(); prompt = p }
        case .ctrl("u"): p.text = ""; prompt = p
        case .enter:
            prompt = nil
            guard !p.text.isEmpty else { return [] }
            return submitPrompt(p)
        case .char(let c): p.text.append(c); prompt = p
        default: break
        }
        return []
    }
}

extension AppState {
    /// Enter on a prompt: the text goes to the feature that opened it.
    mutating func submitPrompt(_ p: Prompt) -> [Effect] {
        switch p.purpose {
        case .search: startSearch(p.text, column: grid.column, forward: true)
        case .exportReport: submitExportReport(path: p.text)
        case .filter: startFilter(p.text, column: grid.column)
        case .saveRecipe, .openRecipe, .runOutput, .confirmQuit, .confirmReplace: submitRecipePrompt(p)
        }
    }
}

extension Prompt {
    var isQuestion: Bool {
        switch purpose {
        case .confirmQuit, .confirmReplace: true
        default: false
        }
    }
}
