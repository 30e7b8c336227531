/// IP_ADDRESS: IPv4 dotted quads (0-255, no leading zeros) and IPv6 in every RFC 4291
/// form (full, '::'-compressed, with an embedded IPv4 tail, with a %zone), each
/// optionally with a /prefix length.
enum IPAddressDetector {
    static func possible(_ s: ValueShape) -> Bool {
        guard s.length >= 2, s.length <= 60, s.nonASCII == 0 else { return false }
        if s.has(ValueShape.Mark.colon) { return true }
        return s.has(ValueShape.Mark.dot) && s.letters == 0 && s.digits >= 4
    }

    static func match(_ b: Bytes) -> UInt8 {
        var end = b.count
        // "/24" prefix length
        var prefix = -1
        // A prefix length is at most 3 digits: look for its '/' only there.
        var slashAt: Int? = nil
        for k in max(0, b.count - 4)..<b.count where b[k] == 0x2F { slashAt = k }
        if let slash = slashAt {
            guard slash + 1 < b.count else { return Match.none }
            prefix = 0
            for c in b[(slash + 1)...] { guard isDigit(c) else { return Match.none }; prefix = prefix * 10 + Int(c - 0x30) }
            end = slash
        }
        let a = b.slice(0, end)
        if isIPv4(a) { return prefix <= 32 ? Match.strong : Match.none }
        guard isIPv6(a), prefix <= 128 else { return Match.none }
        // "::" (the unspecified address) is a placeholder more than an address.
        return a.count == 2 ? Match.weak : Match.strong
    }

    static func isIPv4(_ b: Bytes) -> Bool {
        var parts = 0, value = 0, digits = 0, leadingZero = false
        for c in b {
            if isDigit(c) {
                if digits == 0 { leadingZero = c == 0x30 } else if leadingZero { return false }
                value = value * 10 + Int(c - 0x30); digits += 1
                if digits > 3 || value > 255 { return false }
            } else if c == 0x2E {
                if digits == 0 { return false }
                parts += 1; value = 0; digits = 0
            } else { return false }
        }
        return digits > 0 && parts == 3
    }

    static func isIPv6(_ b0: Bytes) -> Bool {
        var b = b0
        if let pct = b.firstIndex(of: 0x25) {   // zone id "fe80::1%eth0"
            guard pct + 1 < b.count else { return false }
            b = b.slice(0, pct)
        }
        guard b.count >= 2, b.count <= 45 else { return false }
        var groups = 0, hexDigits = 0, doubleColon = false, k = 0
        var hasHex = false
        if b[0] == 0x3A {
            guard b[1] == 0x3A else { return false }
            doubleColon = true; k = 2
            if b.count == 2 { return true }  // "::"
        }
        var groupStart = k
        while k < b.count {
            let c = b[k]
            if isHex(c) {
                hexDigits += 1; hasHex = true
                if hexDigits > 4 { return false }
            } else if c == 0x3A {
                guard hexDigits > 0 else { return false }
                groups += 1; hexDigits = 0
                if k + 1 < b.count && b[k + 1] == 0x3A {
                    if doubleColon { return false }
                    doubleColon = true; k += 1
                    if k == b.count - 1 { return groups <= 7 }
                } else if k + 1 == b.count { return false }
                groupStart = k + 1
            } else if c == 0x2E {
                // IPv4 tail counts as two groups.
                guard isIPv4(b.slice(groupStart, b.count)) else { return false }
                groups += 2
                return doubleColon ? groups <= 7 : groups == 8
            } else { return false }
            k += 1
        }
        if hexDigits > 0 { groups += 1 }
        guard hasHex else { return false }
        return doubleColon ? groups <= 7 : groups == 8
    }
}
