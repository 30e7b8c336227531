/// ADDRESS: street addresses.
/// - US/UK style: a house number (digits, maybe a letter or "1/2"), one to five words,
///   a street-type word (Street, St, Ave, Road, Blvd, Way, ...) among them, then
///   optionally ", Apt 4B" / "Suite 200" / "# 12" and city, state and ZIP; or "PO Box 123".
/// - Korean: a road name ending in 로 or 길 followed by a building number
///   ("테헤란로 152", "세종대로 110"), or a lot address: a word ending in 동, 리 or 가
///   followed by a number ("역삼동 123-45").
/// Strong evidence: such a combination is rare in other text.
enum AddressDetector {
    static func possible(_ s: ValueShape) -> Bool {
        s.length >= 7 && s.length <= 200 && s.digits >= 1 && s.has(ValueShape.Mark.space) && (s.letters >= 3 || s.nonASCII >= 3)
    }

    static func match(_ b: Bytes) -> UInt8 {
        if b.first.map(isDigit) == true { return us(b) ? Match.strong : Match.none }
        // The unit first: "Apt 10, 5043 Cedar Ln", "#40, 8139 Commonwealth Ave".
        if let comma = b.firstIndex(of: 0x2C), comma <= 12, comma + 2 < b.count, isUnit(b.slice(0, comma)) {
            let rest = b.slice(comma + 1, b.count).trimmed()
            if rest.first.map(isDigit) == true { return us(rest) ? Match.strong : Match.none }
        }
        if b.hasWord("po box ", at: 0) || b.hasWord("p.o. box ", at: 0) { return Match.strong }
        return korean(b) ? Match.strong : Match.none
    }

    /// "7462 Market St", "2405 University Road, Apt 9D", "10 Downing Street, London".
    static func us(_ b: Bytes) -> Bool {
        var k = 0
        while k < b.count && isDigit(b[k]) { k += 1 }
        guard k <= 6 else { return false }
        if k < b.count && isAlpha(b[k]) && k + 1 < b.count && b[k + 1] == 0x20 { k += 1 }  // "12B Main St"
        guard k < b.count, b[k] == 0x20 else { return false }
        // Words up to the first comma (or the end); a street type must be one of words 2...6.
        var words = 0, start = -1
        var i = k + 1
        while i <= b.count {
            let boundary = i == b.count || b[i] == 0x20 || b[i] == 0x2C
            if boundary {
                if start >= 0 {
                    var w = b.slice(start, i)
                    if w.last == 0x2E { w = w.slice(0, w.count - 1) }
                    words += 1
                    if words >= 2 && StreetWords.isStreetType(w) { return true }
                    // "1353 Rue de l'Église", "12 Calle Mayor": the type comes first.
                    if words == 1 && StreetWords.isLeadingType(w) && i < b.count && b[i] == 0x20 { return true }
                    if words > 6 { return false }
                    start = -1
                }
                if i < b.count && b[i] == 0x2C { return false }
            } else if start < 0 {
                start = i
            }
            i += 1
        }
        return false
    }

    /// "Apt 10", "Apt. C", "Unit A", "Suite 12", "Ste 4", "#40", "#B".
    static func isUnit(_ w: Bytes) -> Bool {
        var k = 0
        if w.first == 0x23 { k = 1 } else {
            for p in ["apt. ", "apt ", "unit ", "suite ", "ste ", "flat ", "room "] as [StaticString] where w.hasWord(p, at: 0) {
                k = p.utf8CodeUnitCount; break
            }
            if k == 0 { return false }
        }
        guard k < w.count, w.count - k <= 5 else { return false }
        for c in w[k...] where !isAlnum(c) { return false }
        return true
    }

    // 로 EB A1 9C, 길 EA B8 B8, 동 EB 8F 99, 리 EB A6 AC, 가 EA B0 80
    private static let roadEnds: [[UInt8]] = [[0xEB, 0xA1, 0x9C], [0xEA, 0xB8, 0xB8]]
    private static let lotEnds: [[UInt8]] = [[0xEB, 0x8F, 0x99], [0xEB, 0xA6, 0xAC], [0xEA, 0xB0, 0x80]]

    /// A Hangul word ending in 로/길 (or 동/리/가) followed by a space and a digit.
    static func korean(_ b: Bytes) -> Bool {
        var k = 0
        while k + 4 < b.count {
            if b[k] >= 0xEA, b[k] <= 0xED, k >= 3, b[k + 3] == 0x20, isDigit(b[k + 4]) {
                let end = Array(b[k..<(k + 3)])
                // The word must be at least two syllables: "로 1" alone is not an address.
                if b[k - 3] >= 0xEA && b[k - 3] <= 0xED, roadEnds.contains(end) || lotEnds.contains(end) { return true }
            }
            k += 1
        }
        return false
    }
}

/// Street-type words (USPS suffixes and their common spellings, UK and Irish ones).
enum StreetWords {
    /// Types written before the name (French, Spanish, Italian, Portuguese).
    static func isLeadingType(_ w: Bytes) -> Bool {
        w.equalsIgnoringCase("rue") || w.equalsIgnoringCase("calle") || w.equalsIgnoringCase("via")
            || w.equalsIgnoringCase("avenida") || w.equalsIgnoringCase("rua") || w.equalsIgnoringCase("avenue")
    }

    static func isStreetType(_ w: Bytes) -> Bool {
        guard w.count >= 2, w.count <= 10 else { return false }
        return words.contains(w)
    }

    private static let words = WordSet([
        "street", "st", "avenue", "ave", "av", "road", "rd", "boulevard", "blvd", "lane", "ln", "drive", "dr",
        "court", "ct", "way", "place", "pl", "parkway", "pkwy", "terrace", "ter", "circle", "cir", "highway",
        "hwy", "square", "sq", "trail", "trl", "loop", "alley", "aly", "plaza", "plz", "row", "close", "crescent",
        "cres", "grove", "gardens", "gdns", "mews", "hill", "pike", "path", "walk", "run", "crossing", "xing",
        "expressway", "expy", "freeway", "fwy", "turnpike", "tpke", "commons", "point", "pt", "ridge", "rdg",
        "strasse", "straße", "str", "rue", "calle", "via",
    ])
}
