/// Check rules of US health identifiers.
enum HealthIDChecks {
    /// NPI: 10 digits starting with 1 or 2 whose Luhn check, taken over the number with
    /// the prefix 80840 (the US health industry issuer number), passes.
    static func isValidNPI(_ run: DigitRun) -> Bool {
        guard run.count == 10, run.digit(0) == 1 || run.digit(0) == 2 else { return false }
        return Luhn.isValid(run, prefixDigits: [8, 0, 8, 4, 0])
    }

    /// DEA registration number: two letters (registrant type A-H, J-N, P-U, X, and the
    /// first letter of the registrant's last name or 9) and seven digits whose last is
    /// (d1 + d3 + d5 + 2 * (d2 + d4 + d6)) mod 10.
    static func isValidDEA(_ b: Bytes) -> Bool {
        guard b.count == 9 else { return false }
        let t = b[0] & ~0x20, n = b[1]
        guard isUpper(b[0]), "ABCDEFGHJKLMNPRSTUX".utf8.contains(t) else { return false }
        guard isAlpha(n) || n == 0x39 else { return false }
        var d = [Int](repeating: 0, count: 7)
        for k in 0..<7 {
            guard isDigit(b[2 + k]) else { return false }
            d[k] = Int(b[2 + k] - 0x30)
        }
        return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]
    }

    /// Medicare Beneficiary Identifier (CMS's format): 11 characters, C A AN N A AN N A A
    /// N N, where C is 1-9, N a digit, A a letter other than S L O I B Z, AN either;
    /// dashes may separate 4-3-4.
    static func isValidMBI(_ b: Bytes) -> Bool {
        var chars: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = 0
        for (k, c) in b.enumerated() {
            if c == 0x2D {
                guard (k == 4 && n == 4) || (k == 8 && n == 7) else { return false }
                continue
            }
            guard n < 11 else { return false }
            withUnsafeMutableBytes(of: &chars) { $0[n] = c }
            n += 1
        }
        guard n == 11 else { return false }
        return withUnsafeBytes(of: &chars) { c in
            func letter(_ x: UInt8) -> Bool { let u = x & ~0x20; return isUpper(x) && !"SLOIBZ".utf8.contains(u) }
            func an(_ x: UInt8) -> Bool { isDigit(x) || letter(x) }
            return c[0] != 0x30 && isDigit(c[0]) && letter(c[1]) && an(c[2]) && isDigit(c[3])
                && letter(c[4]) && an(c[5]) && isDigit(c[6]) && letter(c[7]) && letter(c[8])
                && isDigit(c[9]) && isDigit(c[10])
        }
    }
}
