/// KR_RRN: Korean resident registration numbers (`KoreanIDChecks.isRRN`: the birth date
/// and century digit always; the check digit unless the number is written YYMMDD-NNNNNNN,
/// because numbers issued since October 2020 carry no valid check digit).
enum KRRRNDetector {
    static func possible(_ s: ValueShape) -> Bool {
        s.digits == 13 && s.onlyDigitsAnd(ValueShape.Mark.dash | ValueShape.Mark.space)
    }
    static func match(_ b: Bytes) -> UInt8 {
        guard let r = DigitRun(b) else { return Match.none }
        let m = KoreanIDChecks.isRRN(r)
        return m.match ? (m.strong ? Match.strong : Match.weak) : Match.none
    }
}
