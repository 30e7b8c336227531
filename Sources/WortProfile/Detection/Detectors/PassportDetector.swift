/// USA_PASSPORT_NUMBER: nine digits (book) or a letter and eight digits (next-generation
/// passports). Any ID can look like that, so this is always weak evidence: a column
/// needs a passport hint, text a passport context word.
enum PassportDetector {
    static func possible(_ s: ValueShape) -> Bool {
        (s.digits == 9 && s.length == 9) || (s.digits == 8 && s.upper + s.lower == 1 && s.length == 9)
    }

    static func match(_ b: Bytes) -> UInt8 {
        guard b.count == 9 else { return Match.none }
        let first = b[0]
        guard isDigit(first) || isAlpha(first) else { return Match.none }
        for c in b[1...] where !isDigit(c) { return Match.none }
        if isDigit(first), let r = DigitRun(b), r.allSameDigit { return Match.none }
        return Match.weak
    }
}
