/// USA_CPT_CODE: Category I codes are five digits 00100-99499, Category II four digits
/// and F, Category III four digits and T. Five digits are also ZIP codes and counts, so
/// this is weak: it needs a hint (cpt, procedure, ...) or context.
enum CPTDetector {
    static func possible(_ s: ValueShape) -> Bool { s.length == 5 && s.digits >= 4 }
    static func match(_ b: Bytes) -> UInt8 {
        guard b.count == 5 else { return Match.none }
        for c in b[0..<4] where !isDigit(c) { return Match.none }
        let last = b[4]
        if last == 0x46 || last == 0x54 { return Match.weak }
        guard isDigit(last) else { return Match.none }
        var v = 0
        for c in b { v = v * 10 + Int(c - 0x30) }
        return (100...99499).contains(v) ? Match.weak : Match.none
    }
}
