/// USA_HCPCS_CODE: Level II codes are a letter A-V and four digits (J3490, E0114).
/// Part numbers and room numbers look the same, so this is weak: it needs a hint
/// (hcpcs, procedure, ...) or context.
enum HCPCSDetector {
    static func possible(_ s: ValueShape) -> Bool { s.length == 5 && s.digits == 4 }
    static func match(_ b: Bytes) -> UInt8 {
        guard b.count == 5, b[0] >= 0x41, b[0] <= 0x56 else { return Match.none }
        for c in b[1...] where !isDigit(c) { return Match.none }
        return Match.weak
    }
}
