/// KR_BRN: Korean business registration numbers, NNN-NN-NNNNN with the check digit
/// (`KoreanIDChecks.isValidBRN`); ten bare digits with the check are weak (one random
/// number in ten passes).
enum KRBRNDetector {
    static func possible(_ s: ValueShape) -> Bool {
        s.digits == 10 && s.onlyDigitsAnd(ValueShape.Mark.dash)
    }
    static func match(_ b: Bytes) -> UInt8 {
        guard let r = DigitRun(b), r.count == 10, !r.plus, !r.parenthesized, !r.allSameDigit, KoreanIDChecks.isValidBRN(r) else { return Match.none }
        if r.isPlain { return Match.weak }
        return r.groupsAre(3, 2, 5) && r.separators == DigitRun.dash ? Match.strong : Match.none
    }
}
