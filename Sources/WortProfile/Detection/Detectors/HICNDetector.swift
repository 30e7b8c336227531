/// USA_HEALTH_INSURANCE_CLAIM_NUMBER: the pre-2018 Medicare number, an SSN (nine
/// digits, dashes allowed) followed by a beneficiary code of a letter and an optional
/// digit or letter (A, B1, C2, D, HA, ...); Railroad Retirement numbers are one to three
/// letters before six or nine digits.
enum HICNDetector {
    static func possible(_ s: ValueShape) -> Bool {
        s.digits >= 6 && s.digits <= 10 && s.upper >= 1 && s.upper <= 3 && s.lower == 0 && s.length <= 14
    }

    static func match(_ b: Bytes) -> UInt8 {
        // Trailing code: letter, or letter + letter/digit.
        var end = b.count
        if end >= 2, isUpper(b[end - 1]) { end -= 1 }
        else if end >= 3, isUpper(b[end - 2]), isDigit(b[end - 1]) || isUpper(b[end - 1]) { end -= 2 }
        if end < b.count, let r = DigitRun(b.slice(0, end)), r.count == 9,
           r.isPlain || (r.groupsAre(3, 2, 4) && r.separators == DigitRun.dash) {
            return SSNRules.isValid(area: r.number(0, 3), group: r.number(3, 5), serial: r.number(5, 9)) ? Match.strong : Match.none
        }
        // Railroad: "A123456", "MA123456789", "WCA123456"
        var k = 0
        while k < b.count && k < 3 && isUpper(b[k]) { k += 1 }
        guard k >= 1, let r = DigitRun(b.slice(k, b.count)), r.isPlain, r.count == 6 || r.count == 9 else { return Match.none }
        return Match.weak
    }
}
