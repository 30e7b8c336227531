/// USA_ITIN: 9XX-GG-SSSS with the IRS's group ranges (`SSNRules.isValidITIN`), written
/// like an SSN.
enum ITINDetector {
    static func possible(_ s: ValueShape) -> Bool { SSNDetector.possible(s) }

    static func match(_ b: Bytes) -> UInt8 {
        guard let r = DigitRun(b), r.count == 9, !r.plus, SSNRules.isValidITIN(r) else { return Match.none }
        if r.isPlain { return Match.weak }
        if r.groupsAre(3, 6) && r.separators == DigitRun.dash { return Match.weak }   // not 5-4: ZIP+4
        return r.groupsAre(3, 2, 4) && r.consistentSeparators ? Match.strong : Match.none
    }
}
