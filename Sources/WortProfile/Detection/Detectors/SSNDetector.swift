/// USA_SSN: AAA-GG-SSSS (dashes or spaces, one kind) or nine bare digits (weak: any
/// 9-digit ID looks like that), passing the SSA's rules (`SSNRules`).
enum SSNDetector {
    static func possible(_ s: ValueShape) -> Bool {
        s.digits == 9 && s.onlyDigitsAnd(ValueShape.Mark.dash | ValueShape.Mark.space | ValueShape.Mark.dot)
    }

    static func match(_ b: Bytes) -> UInt8 {
        guard let r = DigitRun(b), r.count == 9, !r.plus else { return Match.none }
        let shape: UInt8
        if r.isPlain { shape = Match.weak }
        else if r.groupsAre(3, 2, 4) && r.consistentSeparators { shape = Match.strong }
        // Half-formatted "078-051120": a typo of the form, weak. (Not 5-4: that is how
        // ZIP+4 codes are written.)
        else if r.groupsAre(3, 6) && r.separators == DigitRun.dash { shape = Match.weak }
        else { return Match.none }
        return SSNRules.isValid(r) ? shape : Match.none
    }
}
