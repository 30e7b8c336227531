/// IBAN: country code, check digits and BBAN of the country's length, compact or in
/// groups of four, with the mod-97 check (`IBANCheck`).
enum IBANDetector {
    static func possible(_ s: ValueShape) -> Bool {
        s.length >= 15 && s.length <= 42 && s.upper + s.lower >= 2 && s.digits >= 8 && s.nonASCII == 0
            && s.marks & ~(ValueShape.Mark.space | ValueShape.Mark.dash) == 0
    }
    static func match(_ b: Bytes) -> UInt8 { IBANCheck.isValid(b) ? Match.strong : Match.none }
}
