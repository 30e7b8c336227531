import WortCore
import WortRecipe

/// The add-step menu, the form of the step being made, and the masking proposal.
public struct BuilderState: Sendable {
    /// Typed text that filters the menu, and the entry under the cursor.
    var menuFilter = ""
    var menuCursor = 0
    var form: StepForm?
    /// The second file of the join wizard, once read.
    var secondFile: SecondFileSummary?
    /// The masking proposal: one step per sensitive column, each ticked or not.
    var proposal: [(step: RecipeStep, label: String, on: Bool)]?
    var proposalCursor = 0
    /// `M` came while the detection was still running: propose once it is done.
    var maskWhenDetected = false

    public init() {}
}

extension AppState {
    /// `a`: the add-step menu.
    mutating func openStepMenu() -> [Effect] {
        guard data.columnCount > 0 else {
            message = StatusMessage(text: "no data yet to add steps to", isError: true)
            return []
        }
        builder.menuFilter = ""
        builder.menuCursor = 0
        builder.proposal = nil
        overlays.append(.menu)
        return []
    }

    /// The menu's entries for the typed filter: every word must start a word of the
    /// entry's title, group or operation.
    var menuEntries: [StepKind] {
        let words = builder.menuFilter.lowercased().split(separator: " ").map(String.init)
        guard !words.isEmpty else { return StepCatalog.all }
        return StepCatalog.all.filter { kind in
            let hay = (kind.group + " " + kind.title + " " + kind.operation.replacingOccurrences(of: "_", with: " "))
                .lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
            return words.allSatisfy { w in hay.contains { $0.hasPrefix(w) } }
        }
    }

    /// Opens the form of a menu entry.
    mutating func openForm(_ kind: StepKind) -> [Effect] {
        overlays.removeAll { $0 == .menu }
        let wizard = ["JOIN": JoinWizard.kind, "UNION": JoinWizard.unionKind][kind.operation]
        var form = StepForm(kind: wizard ?? kind, columns: data.schema.names, cursorColumn: grid.column)
        if wizard != nil {
            form.join = JoinWizard(operation: kind.operation, leftColumns: data.schema.names, rowsHere: data.rowCount)
            // Empty, so typing starts a path; ←/→ offer the files named on the command line
            // and the recent ones.
            form.values[0] = ""
        }
        builder.form = form
        builder.secondFile = nil
        overlays.append(.form)
        // A form whose fields are all filled from the cursor can go straight to the preview.
        return []
    }

    /// Second files the join wizard offers: those opened beside this one, then recent ones.
    var joinCandidates: [String] {
        let current = origin?.path
        return (picker.opened + picker.recent).reduce(into: [String]()) { list, p in
            if p != current && !list.contains(p) && !(current.map { p.hasSuffix("/" + $0) } ?? false) { list.append(p) }
        }
    }

    /// The form of an existing step, from the recipe panel.
    mutating func openStepForm(editing step: RecipeStep, at index: Int) -> [Effect] {
        let operation = step.action.operation
        // The catalog entry whose fixed parameters the step has (REMOVE_COMBINED has two).
        let kinds = StepCatalog.all.filter { $0.operation == operation && !["JOIN", "UNION"].contains(operation) }
        let kind = kinds.first { k in k.fixed.allSatisfy { step.action.parameters[$0.0] == $0.1 } } ?? kinds.first
        guard let kind else {
            message = StatusMessage(text: "\(operation) has no form here yet: edit the recipe file, or delete the step and add it again", isError: true)
            return []
        }
        builder.form = StepForm(editing: step, kind: kind, columns: data.schema.names, at: index)
        overlays.append(.form)
        return []
    }

    /// Typing in the menu or a form; nil leaves the key to the key map.
    mutating func builderKey(_ key: Key) -> [Effect]? {
        switch overlays.last {
        case .menu: return builder.proposal != nil ? proposalKey(key) : menuKey(key)
        case .form: return formKey(key)
        default: return nil
        }
    }

    mutating func menuKey(_ key: Key) -> [Effect]? {
        // Every letter filters (a step may start with j or k): arrows move.
        if key == .char(" ") && builder.menuFilter.isEmpty { return nil }
        switch ListKeys.edit(&builder.menuFilter, key) {
        case .changed: builder.menuCursor = 0; return []
        case .backspaceOnEmpty, .notHandled: return nil
        }
    }

    mutating func builderCommand(_ command: Command) -> [Effect] {
        switch overlays.last {
        case .menu where builder.proposal != nil: return proposalCommand(command)
        case .menu: return menuCommand(command)
        case .form: return formCommand(command)
        default: return []
        }
    }

    mutating func menuCommand(_ command: Command) -> [Effect] {
        let entries = menuEntries
        if let c = ListKeys.moved(builder.menuCursor, command, count: entries.count) { builder.menuCursor = c; return [] }
        switch command {
        case .select:
            guard entries.indices.contains(builder.menuCursor) else { return [] }
            return openForm(entries[builder.menuCursor])
        case .close: overlays.removeLast()
        case .help: overlays.append(.help(scroll: 0))
        case .interrupt:
            if !jobs.isEmpty { return cancelJobs() }
            overlays.removeLast()
        default: break
        }
        return []
    }
}
