/// Guesses the encoding of a file from a sample of its first bytes.
///
/// The heuristic, in order:
///
/// 1. A UTF-8 byte order mark (EF BB BF) means UTF-8.
/// 2. A sample that is entirely well-formed UTF-8 is UTF-8 (pure ASCII included). An
///    incomplete sequence at the very end still counts when the sample was cut from a
///    longer input (`isEndOfInput == false`). Text in CP949 or Windows-1252 is almost
///    never valid UTF-8 by accident: their high bytes would have to line up as lead and
///    continuation bytes everywhere.
/// 3. A sample with many well-formed multi-byte UTF-8 sequences and only a few errors
///    (at most 1 damaged spot per 20 sequences, and at least 8 sequences) is UTF-8 with some
///    damage: calling it UTF-8 lets the reader report the bad byte's offset instead of
///    silently producing mojibake from every other character.
/// 4. Otherwise it is CP949 (EUC-KR) or Windows-1252, decided by scoring byte patterns:
///    - CP949 is parsed as lead/trail pairs. A pair with lead B0–C8 and trail A1–FE is
///      an EUC-KR Hangul syllable: Korean text is made almost entirely of these, and
///      Latin text almost never has two such high bytes in a row (+2 each). Other
///      KS X 1001 pairs (leads A1–FE, trail A1–FE: symbols, Hanja) score +1, CP949
///      extension pairs (leads 81–C6, trails 41–5A, 61–7A, 81–FE) +0.5. A lead with an
///      impossible trail (e.g. E9 followed by ',' in "café,") costs 8, as does a
///      dangling lead byte at the end of the input.
///    - Windows-1252 text has isolated high bytes: an accented letter between ASCII
///      characters, as in "caf\u{E9}," or "Zo\u{EB}". Each high byte with ASCII (or the
///      sample edge) on both sides scores +1, other high bytes +0.5. The five bytes
///      Windows-1252 leaves undefined (81 8D 8F 90 9D), which occur in CP949 trails,
///      cost 8 each.
///    The higher score wins; a tie goes to Windows-1252, whose decoding never fails.
///
/// ISO-8859-1 is never the answer: files labelled Latin-1 are Windows-1252 in practice.
public enum EncodingDetector {
    public static func detect(sample: UnsafeBufferPointer<UInt8>, isEndOfInput: Bool) -> TextEncoding {
        let n = sample.count
        if n >= 3 && sample[0] == 0xEF && sample[1] == 0xBB && sample[2] == 0xBF { return .utf8 }
        if let utf16 = utf16(sample) { return utf16 }
        switch UTF8Validation.validate(sample) {
        case .valid: return .utf8
        case .incompleteTail: if !isEndOfInput { return .utf8 }
        case .invalid: break
        }
        if looksLikeDamagedUTF8(sample, isEndOfInput: isEndOfInput) { return .utf8 }
        let cp949 = cp949Score(sample, isEndOfInput: isEndOfInput)
        let win = windows1252Score(sample)
        return cp949 > win ? .cp949 : .windows1252
    }

    /// UTF-16 by its byte order mark, or without one by zero bytes: ASCII text in UTF-16
    /// has a zero in every other byte (odd positions for little endian).
    static func utf16(_ s: UnsafeBufferPointer<UInt8>) -> TextEncoding? {
        if s.count >= 2 && s[0] == 0xFF && s[1] == 0xFE { return .utf16le }
        if s.count >= 2 && s[0] == 0xFE && s[1] == 0xFF { return .utf16be }
        let n = min(s.count, 4096) & ~1
        guard n >= 16 else { return nil }
        var evenZeros = 0, oddZeros = 0
        for i in stride(from: 0, to: n, by: 2) {
            if s[i] == 0 { evenZeros += 1 }
            if s[i + 1] == 0 { oddZeros += 1 }
        }
        let pairs = n / 2
        if oddZeros * 10 >= pairs * 4 && evenZeros * 10 < pairs { return .utf16le }
        if evenZeros * 10 >= pairs * 4 && oddZeros * 10 < pairs { return .utf16be }
        return nil
    }

    public static func detect(sample: [UInt8], isEndOfInput: Bool) -> TextEncoding {
        sample.withUnsafeBufferPointer { detect(sample: $0, isEndOfInput: isEndOfInput) }
    }

    /// Rule 3: counts well-formed multi-byte sequences and damaged spots (an ill-formed
    /// byte plus the continuation bytes after it).
    static func looksLikeDamagedUTF8(_ s: UnsafeBufferPointer<UInt8>, isEndOfInput: Bool) -> Bool {
        var good = 0, bad = 0
        var inDamage = false                // the previous byte was part of an error
        var i = 0
        while i < s.count {
            if s[i] < 0x80 { i += 1; inDamage = false; continue }
            // Validate just the one sequence at i: its length follows from the lead byte.
            let len = s[i] >= 0xF0 ? 4 : s[i] >= 0xE0 ? 3 : 2
            let one = UnsafeBufferPointer(rebasing: s[i ..< min(s.count, i + len)])
            switch UTF8Validation.validate(one) {
            case .valid:
                good += 1; i += len; inDamage = false
            case .incompleteTail:
                if isEndOfInput && !inDamage { bad += 1 }
                i = s.count
            case .invalid:
                // Consecutive bad bytes (a broken lead, a stray byte, the orphaned
                // continuation bytes after it) are one damaged spot.
                if !inDamage { bad += 1 }
                inDamage = true
                i += 1
            }
        }
        return good >= 8 && bad * 20 <= good
    }

    /// Score for CP949 (see the type's documentation), in half points.
    static func cp949Score(_ s: UnsafeBufferPointer<UInt8>, isEndOfInput: Bool) -> Int {
        var score = 0
        var i = 0
        let n = s.count
        while i < n {
            let lead = s[i]
            if lead < 0x80 { i += 1; continue }
            guard i + 1 < n else {
                if isEndOfInput { score -= 16 }
                break
            }
            let trail = s[i + 1]
            if (0xB0...0xC8).contains(lead) && (0xA1...0xFE).contains(trail) {
                score += 4
            } else if (0xA1...0xFE).contains(lead) && (0xA1...0xFE).contains(trail) {
                score += 2
            } else if (0x81...0xC6).contains(lead)
                        && ((0x41...0x5A).contains(trail) || (0x61...0x7A).contains(trail) || (0x81...0xFE).contains(trail)) {
                score += 1
            } else {
                score -= 16
                i += 1                      // resynchronise on the next byte
                continue
            }
            i += 2
        }
        return score
    }

    /// Score for Windows-1252 (see the type's documentation), in half points.
    static func windows1252Score(_ s: UnsafeBufferPointer<UInt8>) -> Int {
        var score = 0
        let n = s.count
        for i in 0 ..< n where s[i] >= 0x80 {
            switch s[i] {
            case 0x81, 0x8D, 0x8F, 0x90, 0x9D:
                score -= 16
            default:
                let before = i == 0 || s[i - 1] < 0x80
                let after = i + 1 == n || s[i + 1] < 0x80
                score += before && after ? 2 : 1
            }
        }
        return score
    }
}
