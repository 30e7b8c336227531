/// Terminal column widths, as glibc `wcwidth` and ncurses draw text in a UTF-8 locale
/// where East Asian Ambiguous characters are narrow.
///
/// - East Asian Wide and Fullwidth characters take 2 columns: CJK ideographs, Hangul
///   syllables and leading Jamo, Hiragana, Katakana, fullwidth forms, and the emoji that
///   have emoji presentation by default (most of U+1F300–1FAFF).
/// - Nonspacing and enclosing marks (Mn, Me), format characters (Cf: zero-width space,
///   joiners, bidi controls, …), variation selectors and the Hangul medial vowels and
///   final consonants (which combine with a leading consonant) take 0.
/// - Control characters take 0 here; `sanitize` makes them visible before display.
/// - Everything else takes 1.
///
/// Strings are measured per grapheme cluster (`Character`): a cluster is as wide as its
/// first scalar that is not zero-width ("e" + U+0301 is 1, "ᄀ"+"ᅡ" is 2), except that
/// a flag (two regional indicators) and an emoji turned into emoji presentation by
/// U+FE0F or joined with U+200D ("❤️", "1️⃣", "🏳️‍🌈") are 2, as current terminals draw
/// them.
///
/// The wide ranges below were written from the East_Asian_Width property (values W and
/// F) of the Unicode Character Database, merged across unassigned gaps inside wide
/// blocks; zero-width classes come from the standard library's Unicode properties.
public enum DisplayWidth {
    /// The columns `s` takes when printed (control characters count 0).
    public static func of(_ s: String) -> Int {
        var n = 0
        for b in s.utf8 {
            if b >= 0x80 { return slowWidth(s) }
            if b >= 0x20 && b != 0x7F { n += 1 }
        }
        return n
    }

    private static func slowWidth(_ s: String) -> Int {
        var w = 0
        for c in s { w += of(c) }
        return w
    }

    /// The columns one grapheme cluster takes.
    public static func of(_ c: Character) -> Int {
        let scalars = c.unicodeScalars
        var it = scalars.makeIterator()
        guard let first = it.next() else { return 0 }
        guard let second = it.next() else { return of(first) }
        if isRegionalIndicator(first) && isRegionalIndicator(second) { return 2 }
        var w = of(first)
        var emojiStyle = second.value == 0xFE0F || second.value == 0x200D
        if w == 0 { w = of(second) }
        while let s = it.next() {
            if s.value == 0xFE0F || s.value == 0x200D { emojiStyle = true }
            if w == 0 { w = of(s) }
        }
        if emojiStyle && w < 2 && first.properties.isEmoji { return 2 }
        return w
    }

    /// The columns one scalar takes on its own: 0, 1 or 2.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x7F { return v >= 0x20 ? 1 : 0 }
        if v < 0xA0 { return 0 }                           // DEL and C1 controls
        if v < 0x300 { return 1 }                          // Latin-1 and Latin Extended (soft hyphen 1, as glibc)
        if isWide(v) {
            // Ideographic tone marks and combining kana voicing marks sit in wide blocks.
            if (0x302A...0x302D).contains(v) || v == 0x3099 || v == 0x309A { return 0 }
            return 2
        }
        if isZeroWidth(scalar) { return 0 }
        return 1
    }

    /// Cuts `s` so that it takes at most `width` columns, ending with `ellipsis` when
    /// anything was cut. A wide character never gets split: when only one column is
    /// left for it, it is left out, so the result can be one column narrower than
    /// `width` (use `pad`, or `fit`, for an exact width). If even the ellipsis does not
    /// fit, the cut text is returned without it. Sanitize control characters first:
    /// they count 0 here.
    public static func truncate(_ s: String, toWidth width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if of(s) <= width { return s }
        let ellipsisWidth = of(ellipsis)
        let useEllipsis = ellipsisWidth <= width
        let budget = useEllipsis ? width - ellipsisWidth : width
        var used = 0
        var end = s.startIndex
        for i in s.indices {
            let w = of(s[i])
            if used + w > budget { break }
            used += w
            end = s.index(after: i)
        }
        return useEllipsis ? String(s[..<end]) + ellipsis : String(s[..<end])
    }

    /// Adds spaces (after `s`, or before it when `alignRight`) until it takes `width`
    /// columns. A string already that wide or wider is returned unchanged.
    public static func pad(_ s: String, toWidth width: Int, alignRight: Bool = false) -> String {
        let w = of(s)
        guard w < width else { return s }
        let spaces = String(repeating: " ", count: width - w)
        return alignRight ? spaces + s : s + spaces
    }

    /// Exactly `width` columns: truncated with `ellipsis` if too wide, then padded.
    public static func fit(_ s: String, toWidth width: Int, alignRight: Bool = false, ellipsis: String = "…") -> String {
        pad(truncate(s, toWidth: width, ellipsis: ellipsis), toWidth: width, alignRight: alignRight)
    }

    /// `s` made safe to print inside one table cell: nothing in it can move the cursor,
    /// start an escape sequence or break the line, and every replacement is 1 column.
    ///
    /// - C0 controls become their Control Pictures: tab "␉", newline "␊", carriage
    ///   return "␍", escape "␛", NUL "␀", … (U+2400 + code); DEL becomes "␡".
    /// - C1 controls (U+0080–009F, e.g. from undefined Windows-1252 bytes) become "�".
    /// - Line and paragraph separators (U+2028, U+2029) become "␤".
    /// - Bidi embedding, override and isolate controls (U+202A–202E, U+2066–2069) are
    ///   removed: they could reorder the rest of the row in a bidi-aware terminal.
    /// - A combining mark at the very start (which would combine with whatever is
    ///   printed before the cell) gets a dotted circle "◌" as its base.
    public static func sanitize(_ s: String) -> String {
        let scalars = s.unicodeScalars
        let leadingMark = scalars.first.map { isMark($0) } ?? false
        guard leadingMark || scalars.contains(where: { needsReplacement($0.value) }) else { return s }
        var out = String.UnicodeScalarView()
        if leadingMark { out.append("\u{25CC}") }
        for u in scalars {
            let v = u.value
            guard needsReplacement(v) else { out.append(u); continue }
            switch v {
            case 0x00 ..< 0x20: out.append(Unicode.Scalar(0x2400 + v)!)
            case 0x7F: out.append("\u{2421}")
            case 0x80 ..< 0xA0: out.append("\u{FFFD}")
            case 0x2028, 0x2029: out.append("\u{2424}")
            default: break                                 // bidi controls: dropped
            }
        }
        return String(out)
    }

    // MARK: Tables

    @inline(__always)
    private static func needsReplacement(_ v: UInt32) -> Bool {
        v < 0x20 || (0x7F ..< 0xA0).contains(v) || v == 0x2028 || v == 0x2029
            || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    private static func isRegionalIndicator(_ u: Unicode.Scalar) -> Bool {
        (0x1F1E6...0x1F1FF).contains(u.value)
    }

    private static func isMark(_ u: Unicode.Scalar) -> Bool {
        guard u.value >= 0x300 else { return false }
        switch u.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark: return true
        default: return false
        }
    }

    private static func isZeroWidth(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        // Hangul Jamo medial vowels and final consonants (old and extended-B): they
        // combine with the preceding leading consonant into one 2-column syllable.
        if (0x1160...0x11FF).contains(v) || (0xD7B0...0xD7FF).contains(v) { return true }
        switch u.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .lineSeparator, .paragraphSeparator, .control:
            return true
        default:
            return false
        }
    }

    /// Binary search in `wideRanges`.
    private static func isWide(_ v: UInt32) -> Bool {
        if v < wideRanges[0].0 { return false }
        var lo = 0, hi = wideRanges.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if wideRanges[mid].1 < v { lo = mid + 1 } else { hi = mid }
        }
        return lo < wideRanges.count && wideRanges[lo].0 <= v
    }

    /// Sorted, non-overlapping inclusive ranges of East Asian Wide (W) and Fullwidth (F)
    /// code points.
    private static let wideRanges: [(UInt32, UInt32)] = [
        (0x1100, 0x115F), // HANGUL CHOSEONG KIYEOK .. HANGUL CHOSEONG FILLER
        (0x231A, 0x231B), // WATCH .. HOURGLASS
        (0x2329, 0x232A), // LEFT-POINTING ANGLE BRACKET .. RIGHT-POINTING ANGLE BRACKET
        (0x23E9, 0x23EC), // BLACK RIGHT-POINTING DOUBLE TRIANGLE .. BLACK DOWN-POINTING DOUBLE TRIANGLE
        (0x23F0, 0x23F0), // ALARM CLOCK
        (0x23F3, 0x23F3), // HOURGLASS WITH FLOWING SAND
        (0x25FD, 0x25FE), // WHITE MEDIUM SMALL SQUARE .. BLACK MEDIUM SMALL SQUARE
        (0x2614, 0x2615), // UMBRELLA WITH RAIN DROPS .. HOT BEVERAGE
        (0x2648, 0x2653), // ARIES .. PISCES
        (0x267F, 0x267F), // WHEELCHAIR SYMBOL
        (0x2693, 0x2693), // ANCHOR
        (0x26A1, 0x26A1), // HIGH VOLTAGE SIGN
        (0x26AA, 0x26AB), // MEDIUM WHITE CIRCLE .. MEDIUM BLACK CIRCLE
        (0x26BD, 0x26BE), // SOCCER BALL .. BASEBALL
        (0x26C4, 0x26C5), // SNOWMAN WITHOUT SNOW .. SUN BEHIND CLOUD
        (0x26CE, 0x26CE), // OPHIUCHUS
        (0x26D4, 0x26D4), // NO ENTRY
        (0x26EA, 0x26EA), // CHURCH
        (0x26F2, 0x26F3), // FOUNTAIN .. FLAG IN HOLE
        (0x26F5, 0x26F5), // SAILBOAT
        (0x26FA, 0x26FA), // TENT
        (0x26FD, 0x26FD), // FUEL PUMP
        (0x2705, 0x2705), // WHITE HEAVY CHECK MARK
        (0x270A, 0x270B), // RAISED FIST .. RAISED HAND
        (0x2728, 0x2728), // SPARKLES
        (0x274C, 0x274C), // CROSS MARK
        (0x274E, 0x274E), // NEGATIVE SQUARED CROSS MARK
        (0x2753, 0x2755), // BLACK QUESTION MARK ORNAMENT .. WHITE EXCLAMATION MARK ORNAMENT
        (0x2757, 0x2757), // HEAVY EXCLAMATION MARK SYMBOL
        (0x2795, 0x2797), // HEAVY PLUS SIGN .. HEAVY DIVISION SIGN
        (0x27B0, 0x27B0), // CURLY LOOP
        (0x27BF, 0x27BF), // DOUBLE CURLY LOOP
        (0x2B1B, 0x2B1C), // BLACK LARGE SQUARE .. WHITE LARGE SQUARE
        (0x2B50, 0x2B50), // WHITE MEDIUM STAR
        (0x2B55, 0x2B55), // HEAVY LARGE CIRCLE
        (0x2E80, 0x303E), // CJK RADICAL REPEAT .. IDEOGRAPHIC VARIATION INDICATOR
        (0x3041, 0x3247), // HIRAGANA LETTER SMALL A .. CIRCLED IDEOGRAPH KOTO
        (0x3250, 0x4DBF), // PARTNERSHIP SIGN .. CJK UNIFIED IDEOGRAPH-4DBF
        (0x4E00, 0xA4C6), // CJK UNIFIED IDEOGRAPH-4E00 .. YI RADICAL KE
        (0xA960, 0xA97C), // HANGUL CHOSEONG TIKEUT-MIEUM .. HANGUL CHOSEONG SSANGYEORINHIEUH
        (0xAC00, 0xD7A3), // HANGUL SYLLABLE GA .. HANGUL SYLLABLE HIH
        (0xF900, 0xFAD9), // CJK COMPATIBILITY IDEOGRAPH-F900 .. CJK COMPATIBILITY IDEOGRAPH-FAD9
        (0xFE10, 0xFE19), // PRESENTATION FORM FOR VERTICAL COMMA .. PRESENTATION FORM FOR VERTICAL HORIZONTAL ELLIPSIS
        (0xFE30, 0xFE6B), // PRESENTATION FORM FOR VERTICAL TWO DOT LEADER .. SMALL COMMERCIAL AT
        (0xFF01, 0xFF60), // FULLWIDTH EXCLAMATION MARK .. FULLWIDTH RIGHT WHITE PARENTHESIS
        (0xFFE0, 0xFFE6), // FULLWIDTH CENT SIGN .. FULLWIDTH WON SIGN
        (0x16FE0, 0x18D08), // TANGUT ITERATION MARK .. KHITAN, TANGUT components and supplement
        (0x1AFF0, 0x1B2FB), // KATAKANA LETTER MINNAN TONE-2 .. NUSHU CHARACTER-1B2FB
        (0x1F004, 0x1F004), // MAHJONG TILE RED DRAGON
        (0x1F0CF, 0x1F0CF), // PLAYING CARD BLACK JOKER
        (0x1F18E, 0x1F18E), // NEGATIVE SQUARED AB
        (0x1F191, 0x1F19A), // SQUARED CL .. SQUARED VS
        (0x1F200, 0x1F265), // SQUARE HIRAGANA HOKA .. ROUNDED SYMBOL FOR CAI
        (0x1F300, 0x1F320), // CYCLONE .. SHOOTING STAR
        (0x1F32D, 0x1F335), // HOT DOG .. CACTUS
        (0x1F337, 0x1F37C), // TULIP .. BABY BOTTLE
        (0x1F37E, 0x1F393), // BOTTLE WITH POPPING CORK .. GRADUATION CAP
        (0x1F3A0, 0x1F3CA), // CAROUSEL HORSE .. SWIMMER
        (0x1F3CF, 0x1F3D3), // CRICKET BAT AND BALL .. TABLE TENNIS PADDLE AND BALL
        (0x1F3E0, 0x1F3F0), // HOUSE BUILDING .. EUROPEAN CASTLE
        (0x1F3F4, 0x1F3F4), // WAVING BLACK FLAG
        (0x1F3F8, 0x1F43E), // BADMINTON RACQUET AND SHUTTLECOCK .. PAW PRINTS
        (0x1F440, 0x1F440), // EYES
        (0x1F442, 0x1F4FC), // EAR .. VIDEOCASSETTE
        (0x1F4FF, 0x1F53D), // PRAYER BEADS .. DOWN-POINTING SMALL RED TRIANGLE
        (0x1F54B, 0x1F54E), // KAABA .. MENORAH WITH NINE BRANCHES
        (0x1F550, 0x1F567), // CLOCK FACE ONE OCLOCK .. CLOCK FACE TWELVE-THIRTY
        (0x1F57A, 0x1F57A), // MAN DANCING
        (0x1F595, 0x1F596), // REVERSED HAND WITH MIDDLE FINGER EXTENDED .. RAISED HAND WITH PART BETWEEN MIDDLE AND RING FINGERS
        (0x1F5A4, 0x1F5A4), // BLACK HEART
        (0x1F5FB, 0x1F64F), // MOUNT FUJI .. PERSON WITH FOLDED HANDS
        (0x1F680, 0x1F6C5), // ROCKET .. LEFT LUGGAGE
        (0x1F6CC, 0x1F6CC), // SLEEPING ACCOMMODATION
        (0x1F6D0, 0x1F6D2), // PLACE OF WORSHIP .. SHOPPING TROLLEY
        (0x1F6D5, 0x1F6DF), // HINDU TEMPLE .. RING BUOY
        (0x1F6EB, 0x1F6EC), // AIRPLANE DEPARTURE .. AIRPLANE ARRIVING
        (0x1F6F4, 0x1F6FC), // SCOOTER .. ROLLER SKATE
        (0x1F7E0, 0x1F7F0), // LARGE ORANGE CIRCLE .. HEAVY EQUALS SIGN
        (0x1F90C, 0x1F93A), // PINCHED FINGERS .. FENCER
        (0x1F93C, 0x1F945), // WRESTLERS .. GOAL NET
        (0x1F947, 0x1F9FF), // FIRST PLACE MEDAL .. NAZAR AMULET
        (0x1FA70, 0x1FAFF), // BALLET SHOES .. end of Symbols and Pictographs Extended-A (emoji added after Unicode 14 included)
        (0x20000, 0x3FFFD), // CJK UNIFIED IDEOGRAPH-20000 .. planes 2 and 3: CJK extensions B and later, assigned or not
    ]
}
