/// PHONE_NUMBER: North American numbers (NANP: area code and exchange start with 2-9),
/// Korean numbers (mobile 010/011/016-019, Seoul 02, regional 031-064, 070, 050x, and
/// 15xx/16xx/18xx service numbers; with 0 or as +82), and other international numbers
/// written with a '+' country code. Bare digit strings are weak evidence (they could be
/// any ID); written with separators, parentheses or '+', strong.
enum PhoneDetector {
    static func possible(_ s: ValueShape) -> Bool {
        s.digits >= 8 && s.digits <= 15 && s.onlyDigitsAnd(ValueShape.Mark.dash | ValueShape.Mark.dot | ValueShape.Mark.space | ValueShape.Mark.paren | ValueShape.Mark.plus)
    }

    static func match(_ b: Bytes) -> UInt8 {
        guard let r = DigitRun(b, allowParens: true), r.count >= 8, r.count <= 15 else { return Match.none }
        guard r.separators & DigitRun.slash == 0 else { return Match.none }
        let formatted = !r.isPlain
        if r.plus {
            if r.digit(0) == 1 { return nanp(r, from: 1) ? Match.strong : Match.none }
            if r.digit(0) == 8 && r.digit(1) == 2 { return korean(r, from: 2, international: true) ? Match.strong : Match.none }
            // Other countries: a 1-3 digit country code and 7-12 more digits, in groups.
            return r.count >= 9 && r.groupCount >= 2 && r.digit(0) != 0 ? Match.strong : Match.none
        }
        if r.digit(0) == 0 {
            return korean(r, from: 1, international: false) ? (formatted ? Match.strong : Match.weak) : Match.none
        }
        if r.count == 11 && r.digit(0) == 1 && (r.groupsAre(1, 3, 3, 4) || r.isPlain) {
            return nanp(r, from: 1) ? (formatted ? Match.strong : Match.weak) : Match.none
        }
        if r.count == 10 && nanp(r, from: 0) {
            if r.isPlain { return Match.weak }
            if r.groupsAre(3, 3, 4) && r.consistentSeparators { return Match.strong }
            if r.parenthesized && r.groupsAre(3, 3, 4) { return Match.strong }
            if r.groupsAre(3, 7) && (r.parenthesized || r.separators == DigitRun.space) { return Match.strong }  // "425 8829090"
            return Match.none
        }
        if r.count == 8 && r.groupsAre(4, 4) && r.separators == DigitRun.dash {
            let p = r.number(0, 2)
            if p == 15 || p == 16 || p == 18 { return Match.strong }  // 1588-1234
        }
        return Match.none
    }

    /// Ten NANP digits starting at digit `from`, grouped 3-3-4 or plain.
    private static func nanp(_ r: DigitRun, from k: Int) -> Bool {
        guard r.count - k == 10 else { return false }
        guard r.digit(k) >= 2, r.digit(k + 3) >= 2 else { return false }
        // N11 codes (211, 911, ...) are services, not area codes.
        if r.digit(k + 1) == 1 && r.digit(k + 2) == 1 { return false }
        return true
    }

    /// A Korean number whose national significant number (without the trunk 0 or +82)
    /// starts at digit `from`.
    private static func korean(_ r: DigitRun, from k: Int, international: Bool) -> Bool {
        var k = k
        // "+82 (0)10..." or "+82 010-...": tolerate the trunk zero after +82.
        if international && r.digit(k) == 0 { k += 1 }
        let n = r.count - k
        let d0 = r.digit(k), d1 = k + 1 < r.count ? r.digit(k + 1) : -1
        switch d0 {
        case 1:  // mobile 010 / 011 / 016-019
            guard d1 == 0 || d1 == 1 || (6...9).contains(d1) else { return false }
            return d1 == 0 ? n == 10 : (n == 9 || n == 10)
        case 2:  // Seoul 02-XXX(X)-XXXX
            return n == 8 || n == 9
        case 3, 4, 5, 6:  // regional 031-064 (and 050x personal numbers)
            guard d0 == 5 && d1 == 0 || (1...5).contains(d1) else { return false }
            return n == 9 || n == 10 || (d0 == 5 && n == 11)
        case 7:  // 070 internet phones
            return d1 == 0 && n == 10
        default:
            return false
        }
    }
}
