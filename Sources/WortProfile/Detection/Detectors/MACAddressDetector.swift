/// MAC_ADDRESS: six hex pairs separated by ':' or '-' (one kind), or three groups of
/// four separated by '.' (Cisco's form).
enum MACAddressDetector {
    static func possible(_ s: ValueShape) -> Bool {
        (s.length == 17 || s.length == 14) && s.nonASCII == 0
    }

    static func match(_ b: Bytes) -> UInt8 {
        if b.count == 17 {
            let sep = b[2]
            guard sep == 0x3A || sep == 0x2D else { return Match.none }
            for k in 0..<17 {
                if k % 3 == 2 { if b[k] != sep { return Match.none } } else if !isHex(b[k]) { return Match.none }
            }
            return Match.strong
        }
        if b.count == 14 {
            for k in 0..<14 {
                if k % 5 == 4 { if b[k] != 0x2E { return Match.none } } else if !isHex(b[k]) { return Match.none }
            }
            return Match.strong
        }
        return Match.none
    }
}
