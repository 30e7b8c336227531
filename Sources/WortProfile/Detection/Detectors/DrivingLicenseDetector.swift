/// USA_DRIVING_LICENSE: the states' formats differ (CA A1234567, FL A123-456-78-901-0,
/// NY 123 456 789, WA WDLABCD456DG, ...); what they share is 1-2 letters and 4-14
/// digits or 7-14 plain digits, so this is always weak evidence and needs a license hint
/// or context.
enum DrivingLicenseDetector {
    static func possible(_ s: ValueShape) -> Bool {
        s.length >= 5 && s.length <= 20 && s.digits >= 4 && s.nonASCII == 0 && s.letters <= 7
            && s.marks & ~(ValueShape.Mark.dash | ValueShape.Mark.space) == 0
    }

    static func match(_ b: Bytes) -> UInt8 {
        var letters = 0, digits = 0, k = 0
        while k < b.count && isAlpha(b[k]) { letters += 1; k += 1 }
        var lastSep = true
        while k < b.count {
            let c = b[k]
            if isDigit(c) { digits += 1; lastSep = false }
            else if (c == 0x2D || c == 0x20) && !lastSep { lastSep = true }
            else if isAlpha(c) && k >= b.count - 2 { /* trailing check letters (WA) */ }
            else { return Match.none }
            k += 1
        }
        if letters == 0 { return (7...14).contains(digits) ? Match.weak : Match.none }
        return letters <= 2 && (4...14).contains(digits) ? Match.weak : Match.none
    }
}
