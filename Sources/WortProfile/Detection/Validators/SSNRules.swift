/// The SSA's rules for Social Security numbers (AAA-GG-SSSS): no area 000, 666 or
/// 900-999 (900-999 are ITINs and other non-SSN numbers), no group 00, no serial 0000.
/// Also rejected: numbers the SSA says were never valid or are famous placeholders
/// (078-05-1120 from a wallet insert, 219-09-9999 from an SSA ad, 123-45-6789), and
/// numbers of one repeated digit.
enum SSNRules {
    static func isValid(area: Int, group: Int, serial: Int) -> Bool {
        guard area != 0, area != 666, area < 900, group != 0, serial != 0 else { return false }
        let n = area * 1_000_000 + group * 10_000 + serial
        if n == 78_051_120 || n == 219_099_999 || n == 123_456_789 { return false }
        return true
    }

    /// Nine digits of `run` as an SSN.
    static func isValid(_ run: DigitRun) -> Bool {
        guard run.count == 9, !run.allSameDigit else { return false }
        return isValid(area: run.number(0, 3), group: run.number(3, 5), serial: run.number(5, 9))
    }

    /// An IRS individual taxpayer id: 9XX-GG-SSSS with group 50-65, 70-88, 90-92 or 94-99.
    static func isValidITIN(_ run: DigitRun) -> Bool {
        guard run.count == 9, run.digit(0) == 9 else { return false }
        let g = run.number(3, 5)
        return (50...65).contains(g) || (70...88).contains(g) || (90...92).contains(g) || (94...99).contains(g)
    }
}
