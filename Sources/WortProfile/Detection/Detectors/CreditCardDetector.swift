/// CREDIT_CARD: 13-19 digits, plain or in the groups cards are printed in (4-4-4-4,
/// 4-4-4-4-3, Amex 4-6-5, Diners 4-6-4) with spaces or dashes, a known issuer's prefix
/// and length (Visa, Mastercard, Amex, Discover, Diners, JCB, UnionPay, Maestro, Mir,
/// UATP), and a passed Luhn check.
enum CreditCardDetector {
    static func possible(_ s: ValueShape) -> Bool {
        s.digits >= 13 && s.digits <= 19 && s.onlyDigitsAnd(ValueShape.Mark.dash | ValueShape.Mark.space)
    }

    static func match(_ b: Bytes) -> UInt8 {
        guard let r = DigitRun(b), r.count >= 13, r.count <= 19, r.consistentSeparators, !r.plus else { return Match.none }
        guard r.separators & ~(DigitRun.space | DigitRun.dash) == 0 else { return Match.none }
        if !r.isPlain {
            let grouped = r.groupsAre(4, 4, 4, 4) || r.groupsAre(4, 4, 4, 4, 3) || r.groupsAre(4, 6, 5)
                || r.groupsAre(4, 6, 4) || r.groupsAre(4, 4, 4, 1) || r.groupsAre(4, 4, 4, 3)
            guard grouped else { return Match.none }
        }
        guard issuerAccepts(r), Luhn.isValid(r), !r.allSameDigit else { return Match.none }
        return Match.strong
    }

    /// Issuer identification ranges and lengths of the major networks.
    static func issuerAccepts(_ r: DigitRun) -> Bool {
        let n = r.count
        // n >= 13 here, so six leading digits exist; the shorter prefixes divide by constants.
        let p6 = r.prefix(6), p4 = p6 / 100, p3 = p6 / 1000, p2 = p6 / 10_000
        switch p6 / 100_000 {
        case 1: return n == 15                                                         // UATP (AirPlus)
        case 4: return n == 13 || n == 16 || n == 19                                   // Visa
        case 5:
            if (51...55).contains(p2) { return n == 16 }                               // Mastercard
            return p2 == 50 || (56...58).contains(p2)                                  // Maestro, Dankort (5019)
        case 2:
            if (2200...2204).contains(p4) { return n >= 16 }                           // Mir
            return (2221...2720).contains(p4) && n == 16                               // Mastercard 2-series
        case 3:
            if p2 == 34 || p2 == 37 { return n == 15 }                                 // Amex
            if (300...305).contains(p3) || p2 == 36 || p2 == 38 || p2 == 39 { return n >= 14 && n <= 19 }  // Diners
            if (3528...3589).contains(p4) { return n >= 16 && n <= 19 }                // JCB
            return false
        case 6:
            if p4 == 6011 || (644...649).contains(p3) || p2 == 65 || (622126...622925).contains(p6) { return n >= 16 && n <= 19 }  // Discover
            if p2 == 62 { return n >= 16 && n <= 19 }                                  // UnionPay
            return true                                                                // Maestro 6x, RuPay 60
        default: return false
        }
    }
}
