import WortCore

/// The bottom line: the prompt being typed, else a running job with how to stop it,
/// else a message, else the key hints of the current screen (from the key map).
enum FooterLine {
    static func draw(_ state: AppState, into buffer: inout ScreenBuffer) {
        let y = state.height - 1
        guard y >= 0 else { return }
        if let prompt = state.prompt {
            var x = buffer.put(DisplayWidth.sanitize(prompt.label), x: 0, y: y, style: Theme.key)
            let text = DisplayWidth.sanitize(prompt.text)
            // Keep the end of a long text in view, where the typing happens.
            let room = max(0, state.width - x - 1)
            var shown = text
            while DisplayWidth.of(shown) > room, !shown.isEmpty { shown.removeFirst() }
            x += buffer.put(shown, x: x, y: y)
            buffer.put(" ", x: x, y: y, style: CellStyle(reverse: true))
            return
        }
        if let job = state.jobs.filter({ $0.key != state.load.job && !$0.value.background }).max(by: { $0.key < $1.key })?.value {
            let pct = job.fraction.map { " " + NumberText.percent($0) } ?? "…"
            buffer.put(DisplayWidth.sanitize(job.label) + pct + " · Esc cancels", x: 0, y: y)
            return
        }
        if let message = state.message {
            buffer.put(DisplayWidth.sanitize(message.text), x: 0, y: y, style: message.isError ? Theme.error : .plain)
            return
        }
        var x = 0
        var hints = state.keyMap.entries(state.keyContext).compactMap { b in b.hint.map { (b.keys[0].label, $0) } }
        if state.load.job != nil { hints.insert(("Esc", "stop loading"), at: 0) }
        for (key, label) in hints {
            let need = DisplayWidth.of(key) + 1 + DisplayWidth.of(label)
            guard x + need <= state.width else { break }
            x += buffer.put(key, x: x, y: y, style: Theme.key)
            x += buffer.put(" " + label, x: x, y: y)
            x += 2
        }
    }
}
