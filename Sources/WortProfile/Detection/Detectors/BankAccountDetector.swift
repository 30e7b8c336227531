/// BANK_ACCOUNT: account numbers have no common format or check digit (US accounts are
/// 8-17 digits; Korean ones 10-14 digits in dash groups like 110-123-456789), so this
/// is weak evidence that needs a hint or context word.
enum BankAccountDetector {
    static func possible(_ s: ValueShape) -> Bool {
        s.digits >= 8 && s.digits <= 17 && s.onlyDigitsAnd(ValueShape.Mark.dash)
    }

    static func match(_ b: Bytes) -> UInt8 {
        guard let r = DigitRun(b), r.count >= 8, r.count <= 17, !r.plus, !r.parenthesized,
              r.separators & ~DigitRun.dash == 0, !r.allSameDigit else { return Match.none }
        return Match.weak
    }
}
