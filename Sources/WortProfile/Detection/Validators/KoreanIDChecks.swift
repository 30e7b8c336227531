import WortCore

/// Korean resident registration numbers (주민등록번호, YYMMDD-GNNNNNC) and business
/// registration numbers (사업자등록번호, NNN-NN-NNNNC).
enum KoreanIDChecks {
    /// The RRN's date: G (the 7th digit) gives century and sex (1/2: 1900s, 3/4: 2000s,
    /// 9/0: 1800s; 5-8 the same for foreign residents), and YYMMDD must be a real day.
    static func hasValidDate(_ run: DigitRun) -> Bool {
        guard run.count == 13 else { return false }
        let g = run.digit(6)
        let century: Int
        switch g {
        case 1, 2, 5, 6: century = 1900
        case 3, 4, 7, 8: century = 2000
        case 9, 0: century = 1800
        default: return false
        }
        return CivilCalendar.isValid(year: century + run.number(0, 2), month: run.number(2, 4), day: run.number(4, 6))
    }

    /// The RRN check digit: weights 2,3,4,5,6,7,8,9,2,3,4,5 over the first 12 digits;
    /// check = (11 - sum mod 11) mod 10.
    static func hasValidChecksum(_ run: DigitRun) -> Bool {
        guard run.count == 13 else { return false }
        let w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
        var sum = 0
        for k in 0..<12 { sum += run.digit(k) * w[k] }
        return (11 - sum % 11) % 10 == run.digit(12)
    }

    /// Since October 2020 new RRNs end in random digits (the old ones encoded the birth
    /// region and a check digit), so a real number may fail the checksum. Wort accepts
    /// an RRN by its date alone when it is written in the RRN form YYMMDD-GNNNNNN (the
    /// dash and the 6+7 grouping are the evidence), and demands the checksum of a
    /// bare 13-digit number, which could otherwise be any ID.
    static func isRRN(_ run: DigitRun) -> (match: Bool, strong: Bool) {
        guard run.count == 13, hasValidDate(run), !run.plus, !run.parenthesized else { return (false, false) }
        let checksum = hasValidChecksum(run)
        if run.groupsAre(6, 7) && run.separators == DigitRun.dash { return (true, true) }
        if run.groupsAre(6, 7) { return (checksum, checksum) }
        if run.isPlain { return (checksum, false) }
        return (false, false)
    }

    /// The BRN check digit: weights 1,3,7,1,3,7,1,3,5 over the first 9 digits, plus
    /// (digit 9 * 5) / 10; check = (10 - sum mod 10) mod 10.
    static func isValidBRN(_ run: DigitRun) -> Bool {
        guard run.count == 10 else { return false }
        let w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
        var sum = 0
        for k in 0..<9 { sum += run.digit(k) * w[k] }
        sum += run.digit(8) * 5 / 10
        return (10 - sum % 10) % 10 == run.digit(9)
    }
}
