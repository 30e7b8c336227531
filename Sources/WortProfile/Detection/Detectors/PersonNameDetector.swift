/// PERSON_NAME: one to four words of letters (any script) with inner apostrophes,
/// hyphens and periods ("O'Brien", "Jean-Luc", "J.J."), no digits. That shape fits
/// cities and course titles as well, so it is weak evidence; a word from the list of
/// common given names and surnames (`CommonNames`) makes it strong. A column is flagged
/// with a name hint, or without one when many values hold a common name.
enum PersonNameDetector {
    static func possible(_ s: ValueShape) -> Bool {
        s.digits == 0 && s.length >= 1 && s.length <= 60 && s.upper + s.lower + s.nonASCII > 0
            && s.marks & ~(ValueShape.Mark.space | ValueShape.Mark.dash | ValueShape.Mark.dot | ValueShape.Mark.apostrophe | ValueShape.Mark.comma) == 0
    }

    static func match(_ b: Bytes) -> UInt8 {
        var words = 0, wordStart = -1, known = false
        var k = 0
        func endWord(_ end: Int) -> Bool {
            guard wordStart >= 0 else { return true }
            let w = b.slice(wordStart, end)
            words += 1
            if !known && CommonNames.contains(w) { known = true }
            wordStart = -1
            return words <= 4
        }
        while k < b.count {
            let c = b[k]
            if isAlpha(c) || c >= 0x80 {
                if wordStart < 0 { wordStart = k }
            } else if c == 0x20 || c == 0x2C {
                guard endWord(k) else { return Match.none }
            } else if c == 0x27 || c == 0x2D || c == 0x2E {
                // Inner punctuation: after a letter ("O'", "J.", "Jean-").
                guard wordStart >= 0 || (c == 0x2E && k > 0) else { return Match.none }
                if c == 0x2E { guard endWord(k + 1) else { return Match.none }; k += 1; continue }
            } else {
                return Match.none
            }
            k += 1
        }
        guard endWord(b.count), words >= 1 else { return Match.none }
        return known ? Match.strong : Match.weak
    }
}
