import WortRecipe

/// `M`: one masking step per column the detectors flagged, with a default that keeps
/// what is useful and hides what identifies (the domain of an email, the last four
/// digits of a card). Each can be unticked before the steps are previewed together.
enum MaskProposal {
    static func step(column: String, entity: String) -> (RecipeStep, String) {
        let cols = ParameterValue.encode(list: [column])
        func make(_ op: String, _ params: [(String, String)]) -> RecipeStep {
            RecipeStep(action: RecipeAction(operation: op, parameters: OrderedParameters([("sourceColumns", cols)] + params + [("maskSymbol", "#")])))
        }
        switch entity {
        case "EMAIL":
            return (make("MASK_DELIMITER", [("endDelimiter", "@")]), "mask the part before @")
        case "PHONE_NUMBER", "CREDIT_CARD", "USA_SSN", "USA_ITIN", "KR_RRN", "BANK_ACCOUNT", "IBAN",
             "USA_PASSPORT_NUMBER", "USA_DRIVING_LICENSE", "USA_MEDICARE_BENEFICIARY_IDENTIFIER", "KR_BRN":
            return (make("MASK_RANGE", [("start", "0"), ("stop", "-4")]), "mask all but the last 4 characters")
        case "PERSON_NAME":
            return (make("MASK_RANGE", [("start", "1")]), "keep the first letter")
        case "DATE":
            return (make("MASK_DATE", [("redact", "[\"MONTH\",\"DAY\"]")]), "keep the year only")
        default:
            return (make("MASK_RANGE", []), "mask the whole value")
        }
    }
}

extension AppState {
    /// `M`: proposes the masking steps (a list to tick), from the background detection.
    mutating func proposeMasking() -> [Effect] {
        guard let flagged = profile.sensitive else {
            builder.maskWhenDetected = true
            message = StatusMessage(text: "detecting sensitive columns… the masking steps follow", isError: false)
            return profile.datasetJob == nil ? dataChanged() : []
        }
        builder.maskWhenDetected = false
        guard !flagged.isEmpty else {
            message = StatusMessage(text: "no column was detected as sensitive · a adds a masking step by hand", isError: false)
            return []
        }
        builder.proposal = flagged.map { f in
            let (step, how) = MaskProposal.step(column: f.column, entity: f.entity)
            return (step, "\(f.column) (\(f.entity) \(NumberText.percent(f.share))): \(how)", true)
        }
        builder.proposalCursor = 0
        overlays.append(.menu)
        return []
    }

    mutating func proposalKey(_ key: Key) -> [Effect]? {
        guard builder.proposal != nil else { return nil }
        switch key {
        case .char(" "):
            let i = builder.proposalCursor
            if builder.proposal!.indices.contains(i) { builder.proposal![i].on.toggle() }
            return []
        default: return nil
        }
    }

    mutating func proposalCommand(_ command: Command) -> [Effect] {
        guard let proposal = builder.proposal else { return [] }
        if let c = ListKeys.moved(builder.proposalCursor, command, count: proposal.count) { builder.proposalCursor = c; return [] }
        switch command {
        case .select:
            let steps = proposal.filter(\.on).map(\.step)
            overlays.removeAll { $0 == .menu }
            builder.proposal = nil
            return proposeSteps(steps)
        case .close, .interrupt:
            overlays.removeAll { $0 == .menu }
            builder.proposal = nil
        default: break
        }
        return []
    }
}
