/// USA_NATIONAL_DRUG_CODE: labeler-product-package in the FDA's 4-4-2, 5-3-2 or 5-4-1
/// forms (10 digits) or the 11-digit 5-4-2 billing form. With dashes the form is
/// distinctive (strong); bare 10 or 11 digits are weak.
enum NDCDetector {
    static func possible(_ s: ValueShape) -> Bool {
        (s.digits == 10 || s.digits == 11) && s.onlyDigitsAnd(ValueShape.Mark.dash | ValueShape.Mark.space)
    }

    static func match(_ b: Bytes) -> UInt8 {
        guard let r = DigitRun(b), !r.plus, !r.parenthesized, !r.allSameDigit else { return Match.none }
        if r.isPlain { return r.count == 10 || r.count == 11 ? Match.weak : Match.none }
        guard r.separators == DigitRun.dash else { return Match.none }
        if r.count == 10 && (r.groupsAre(4, 4, 2) || r.groupsAre(5, 3, 2) || r.groupsAre(5, 4, 1)) { return Match.strong }
        if r.count == 11 && r.groupsAre(5, 4, 2) { return Match.strong }
        return Match.none
    }
}
