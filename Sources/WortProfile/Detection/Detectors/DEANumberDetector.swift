/// USA_DEA_NUMBER: registrant letters and seven digits with the DEA check digit
/// (`HealthIDChecks.isValidDEA`).
enum DEANumberDetector {
    static func possible(_ s: ValueShape) -> Bool { s.length == 9 && s.digits >= 7 && s.digits <= 8 }
    static func match(_ b: Bytes) -> UInt8 { HealthIDChecks.isValidDEA(b) ? Match.strong : Match.none }
}
