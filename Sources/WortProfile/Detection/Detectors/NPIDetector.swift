/// USA_NATIONAL_PROVIDER_IDENTIFIER: ten digits starting 1 or 2 with the Luhn check over
/// "80840" + the number. One random 10-digit number in ten passes, so a column of
/// other IDs stays far below any threshold; in text it needs a context word.
enum NPIDetector {
    static func possible(_ s: ValueShape) -> Bool { s.digits == 10 && s.length == 10 }
    static func match(_ b: Bytes) -> UInt8 {
        guard let r = DigitRun(b), r.isPlain, HealthIDChecks.isValidNPI(r), !r.allSameDigit else { return Match.none }
        return Match.strong
    }
}
