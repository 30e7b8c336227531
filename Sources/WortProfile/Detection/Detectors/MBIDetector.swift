/// USA_MEDICARE_BENEFICIARY_IDENTIFIER: CMS's 11-character format
/// (`HealthIDChecks.isValidMBI`), e.g. 1EG4-TE5-MK73.
enum MBIDetector {
    static func possible(_ s: ValueShape) -> Bool { (s.length == 11 || s.length == 13) && s.upper >= 3 && s.digits >= 4 }
    static func match(_ b: Bytes) -> UInt8 { HealthIDChecks.isValidMBI(b) ? Match.strong : Match.none }
}
