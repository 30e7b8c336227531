/// IBAN validation (ISO 13616): two letters of a country, two check digits, then the
/// country's BBAN; the length must be the country's, and moving the first four
/// characters to the end and reading letters as 10..35 must give a number ≡ 1 mod 97.
enum IBANCheck {
    /// Whether `b` (compact or in groups separated by single spaces, any case) is an IBAN.
    static func isValid(_ b: Bytes) -> Bool {
        // Compact copy of the alphanumerics (IBANs are at most 34 characters).
        var chars = [UInt8](); chars.reserveCapacity(34)
        var lastSpace = false
        var group = 0, grouped = false
        var upper = false, lower = false
        for (k, c) in b.enumerated() {
            if c == 0x20 || c == 0x2D {
                // Printed IBANs come in groups of four: "G T82 TRAJ ..." is not one.
                if lastSpace || k == 0 || group != 4 { return false }
                lastSpace = true; grouped = true; group = 0; continue
            }
            lastSpace = false
            guard isAlnum(c), chars.count < 34 else { return false }
            if isLower(c) { lower = true } else if isUpper(c) { upper = true }
            chars.append(isLower(c) ? c - 0x20 : c)
            group += 1
        }
        // One case: "LV80 bANK ..." is a typo, not an IBAN.
        guard !(upper && lower), !lastSpace, group <= 4 || !grouped, chars.count >= 15, isUpper(chars[0]), isUpper(chars[1]),
              isDigit(chars[2]), isDigit(chars[3]) else { return false }
        let country = String(decoding: chars[0..<2], as: UTF8.self)
        guard let len = lengths[country], len == chars.count else { return false }
        var r = 0
        for k in 0..<chars.count {
            let c = chars[(k + 4) % chars.count]
            if isDigit(c) { r = (r * 10 + Int(c - 0x30)) % 97 } else { r = (r * 100 + Int(c - 0x41 + 10)) % 97 }
        }
        return r == 1
    }

    /// IBAN lengths per country (SWIFT's IBAN registry).
    static let lengths: [String: Int] = [
        "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
        "BI": 27, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27,
        "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27,
        "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22,
        "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32,
        "LI": 21, "LT": 20, "LU": 20, "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19,
        "MN": 20, "MR": 27, "MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15, "OM": 23, "PK": 24,
        "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33, "SA": 24, "SC": 31,
        "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25, "SV": 28, "TL": 23,
        "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
    ]
}
