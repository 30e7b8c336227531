import WortCore
import WortRecipe

/// A step's form: one line per field (label, value, how to change it), problems under the
/// field they concern, the join's match count, and the step as it will be recorded.
enum FormView {
    static func draw(_ state: AppState, into buffer: inout ScreenBuffer) {
        guard let form = state.builder.form else { return }
        let width = min(state.width, 84)
        let x0 = (state.width - width) / 2
        let maxHeight = max(0, state.height - GridLayout.bottomRows)
        var lines: [(String, CellStyle)] = []
        let labelWidth = min(24, max(8, (form.kind.fields.map { DisplayWidth.of($0.label) }.max() ?? 8) + 2))
        let inner = width - 4
        for (i, f) in form.kind.fields.enumerated() {
            let focused = i == form.focus
            let label = DisplayWidth.fit((f.required ? "" : "") + f.label + (f.required ? "*" : ""), toWidth: labelWidth)
            var value = display(f, form.values[i], state: state)
            if focused { value += hint(f, form: form, index: i, state: state) }
            var style: CellStyle = .plain
            if focused { style.reverse = true }
            lines.append((label + " " + DisplayWidth.sanitize(value), style))
            if let p = form.problems[f.key] { lines.append(("   ⚠ " + DisplayWidth.sanitize(p), Theme.error)) }
        }
        if let join = form.join {
            lines.append(("", .plain))
            if join.readJob != nil { lines.append(("reading…", Theme.null)) }
            if !join.rightColumns.isEmpty {
                lines.append(("other file: \(join.rightColumns.count) columns, \(NumberText.grouped(join.rowsThere)) rows", Theme.null))
            }
            if let m = join.matches {
                lines.append(("\(NumberText.grouped(m)) of \(NumberText.grouped(join.rowsHere)) rows here find a match", m == 0 ? Theme.error : .plain))
            }
        }
        if let g = form.generalProblem { lines.append(("⚠ " + DisplayWidth.sanitize(g), Theme.error)) }
        lines.append(("", .plain))
        let step = form.step(columns: state.data.schema.names)
        lines.append(("→ " + step.action.operation + "  " + DisplayWidth.sanitize(StepSummary.text(step)), Theme.null))
        lines.append(("Enter previews · Tab next field · Esc back", Theme.null))
        let height = min(maxHeight, lines.count + 2)
        guard width >= 10, height >= 3 else { return }
        let title = (form.editing != nil ? "Edit step \(form.editing! + 1): " : "") + form.kind.title
        Box.draw(x: x0, y: 0, width: width, height: height, title: title, into: &buffer)
        let rows = height - 2
        // Keep the focused field in view on short screens.
        let focusLine = lines.firstIndex { $0.1.reverse } ?? 0
        let first = max(0, min(focusLine - rows / 2, lines.count - rows))
        for (k, (text, style)) in lines.dropFirst(first).prefix(rows).enumerated() {
            buffer.put(style.reverse ? DisplayWidth.fit(text, toWidth: inner) : text, x: x0 + 2, y: 1 + k, style: style, limit: x0 + 2 + inner)
        }
    }

    /// A field's value as shown: choice labels, lists without JSON.
    static func display(_ f: FieldSpec, _ value: String, state: AppState) -> String {
        switch f.kind {
        case .choice(let choices): return choices.first { $0.value == value }?.label ?? value
        case .columns: return (ParameterValue.stringList(value) ?? []).joined(separator: ", ")
        case .text where value == " ": return "(a space)"
        default: return value
        }
    }

    /// How to change the focused field.
    static func hint(_ f: FieldSpec, form: StepForm, index: Int, state: AppState) -> String {
        switch f.kind {
        case .column, .choice: return "▏  ◂ ▸"
        case .columns:
            let names = state.pickable(f)
            let c = form.candidates[index]
            guard names.indices.contains(c) else { return "" }
            let on = (ParameterValue.stringList(form.values[index]) ?? []).contains(names[c])
            return "  ◂ \(names[c]) ▸ Space \(on ? "removes" : "adds")"
        case .file: return state.joinCandidates.isEmpty ? "▏ Tab completes · Enter reads" : "▏ ◂ ▸ opened/recent · Tab completes · Enter reads"
        case .text, .number: return "▏"
        }
    }
}
