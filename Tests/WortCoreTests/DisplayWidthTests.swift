import Testing
@testable import WortCore

@Suite struct DisplayWidthTests {
    @Test func asciiAndLatin() {
        #expect(DisplayWidth.of("") == 0)
        #expect(DisplayWidth.of("hello, world") == 12)
        #expect(DisplayWidth.of("é") == 1)                          // precomposed U+00E9
        #expect(DisplayWidth.of("Zoe\u{308}") == 3)                  // e + combining diaeresis
        #expect(DisplayWidth.of("Zoë") == 3)
        #expect(DisplayWidth.of("Ångström") == 8)
        #expect(DisplayWidth.of("€ “quoted” —") == 12)
    }

    @Test func eastAsianWide() {
        #expect(DisplayWidth.of("東京x") == 5)
        #expect(DisplayWidth.of("김민준") == 6)
        #expect(DisplayWidth.of("김민준,서울특별시") == 17)
        #expect(DisplayWidth.of("ひらがなカタカナ") == 16)
        #expect(DisplayWidth.of("ＡＢＣ１") == 8)                     // fullwidth forms
        #expect(DisplayWidth.of("ｶﾀｶﾅ") == 4)                       // halfwidth katakana stay 1
        #expect(DisplayWidth.of("𠀋") == 2)                          // CJK extension B
        #expect(DisplayWidth.of("\u{1100}\u{1161}\u{11A8}") == 2)    // conjoining Jamo: one syllable
    }

    @Test func emoji() {
        #expect(DisplayWidth.of("👍") == 2)
        #expect(DisplayWidth.of("👍🏽") == 2)                         // skin tone modifier
        #expect(DisplayWidth.of("👨‍👩‍👧‍👦") == 2)                    // family ZWJ sequence
        #expect(DisplayWidth.of("🏳️‍🌈") == 2)
        #expect(DisplayWidth.of("🇰🇷") == 2)                          // flag
        #expect(DisplayWidth.of("❤️") == 2)                          // text-default emoji + VS16
        #expect(DisplayWidth.of("❤") == 1)
        #expect(DisplayWidth.of("1️⃣") == 2)                          // keycap
        #expect(DisplayWidth.of("🦀🫠") == 4)
        #expect(DisplayWidth.of("a👍b") == 4)
    }

    @Test func zeroWidth() {
        #expect(DisplayWidth.of("a\u{200B}b") == 2)                  // zero-width space
        #expect(DisplayWidth.of("a\u{200D}b") == 2)                  // joiner between letters
        #expect(DisplayWidth.of("\u{301}") == 0)                     // lone combining mark
        #expect(DisplayWidth.of("a\u{FE0F}") == 1)                   // VS16 on a non-emoji
        #expect(DisplayWidth.of("a\tb\nc\u{1B}\u{7F}\u{85}") == 3)   // controls count 0
        #expect(DisplayWidth.of(Unicode.Scalar(0x0300)!) == 0)
        #expect(DisplayWidth.of(Unicode.Scalar(0x20DD)!) == 0)       // enclosing circle
        #expect(DisplayWidth.of(Unicode.Scalar(0xFE0F)!) == 0)
        #expect(DisplayWidth.of(Unicode.Scalar(0xE0100)!) == 0)      // variation selector supplement
        #expect(DisplayWidth.of(Unicode.Scalar(0x3099)!) == 0)       // combining kana voicing mark
        #expect(DisplayWidth.of(Unicode.Scalar(0x11A8)!) == 0)       // Hangul final consonant
    }

    @Test func scalarWidths() {
        let cases: [(UInt32, Int)] = [
            (0x41, 1), (0x00, 0), (0x1F, 0), (0x7F, 0), (0x9F, 0), (0xA0, 1), (0xAD, 1),
            (0x1100, 2), (0x115F, 2), (0x2E80, 2), (0x3000, 2), (0x303F, 1), (0x4E00, 2), (0x9FFF, 2),
            (0xA4C6, 2), (0xAC00, 2), (0xD7A3, 2), (0xD7A4, 1), (0xF900, 2), (0xFF01, 2), (0xFF60, 2),
            (0xFF61, 1), (0xFFE0, 2), (0xFFE6, 2), (0xFFE8, 1), (0x1F300, 2), (0x1F321, 1), (0x1F600, 2),
            (0x1F64F, 2), (0x1F680, 2), (0x1F1E6, 1), (0x1F90C, 2), (0x1FAFF, 2), (0x20000, 2), (0x3FFFD, 2),
            (0x2026, 1), (0x25CC, 1), (0x2400, 1), (0xFFFD, 1), (0x10FFFF, 1),
        ]
        for (v, w) in cases { #expect(DisplayWidth.of(Unicode.Scalar(v)!) == w, "U+\(String(v, radix: 16))") }
    }

    @Test func sanitizeMakesControlsVisible() {
        let s = DisplayWidth.sanitize("a\tb\nc\r\n\u{1B}[31m\u{7F}\u{0}\u{85}")
        #expect(s == "a␉b␊c␍␊␛[31m␡␀\u{FFFD}")
        #expect(DisplayWidth.of(s) == s.unicodeScalars.count)        // every replacement is 1 column
        #expect(!s.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) })
        #expect(DisplayWidth.sanitize("line\u{2028}sep") == "line␤sep")
        #expect(DisplayWidth.sanitize("abc\u{202E}def") == "abcdef")
        #expect(DisplayWidth.sanitize("\u{301}x") == "\u{25CC}\u{301}x")
        #expect(DisplayWidth.of(DisplayWidth.sanitize("\u{301}x")) == 2)
        let clean = "김민준 Zoë 👍"
        #expect(DisplayWidth.sanitize(clean) == clean)
    }

    @Test func truncateNeverSplitsAWideCharacter() {
        #expect(DisplayWidth.truncate("hello world", toWidth: 5) == "hell…")
        #expect(DisplayWidth.truncate("hello", toWidth: 5) == "hello")
        #expect(DisplayWidth.truncate("hello", toWidth: 0) == "")
        // "김민준서울" is 10 columns.
        #expect(DisplayWidth.truncate("김민준서울", toWidth: 6) == "김민…")         // 5 columns: 준 does not fit in 1
        #expect(DisplayWidth.truncate("김민준서울", toWidth: 7) == "김민준…")       // exactly 7
        #expect(DisplayWidth.truncate("김민준서울", toWidth: 1) == "…")
        #expect(DisplayWidth.truncate("김민준서울", toWidth: 3, ellipsis: "...") == "...")
        #expect(DisplayWidth.truncate("김민준서울", toWidth: 2, ellipsis: "...") == "김")
        #expect(DisplayWidth.truncate("a東京b", toWidth: 3) == "a…")
        #expect(DisplayWidth.truncate("Zoe\u{308}lle", toWidth: 4) == "Zoe\u{308}…")
        #expect(DisplayWidth.truncate("👨‍👩‍👧‍👦👍x", toWidth: 3) == "👨‍👩‍👧‍👦…")
        for w in 0 ... 12 {
            for s in ["東京x김민준", "mixed 東京 text", "👍a👍b"] {
                #expect(DisplayWidth.of(DisplayWidth.truncate(s, toWidth: w)) <= w, "\(s) \(w)")
            }
        }
    }

    @Test func padAndFitGiveExactWidths() {
        #expect(DisplayWidth.pad("東京", toWidth: 6) == "東京  ")
        #expect(DisplayWidth.pad("東京", toWidth: 6, alignRight: true) == "  東京")
        #expect(DisplayWidth.pad("Zoe\u{308}", toWidth: 5) == "Zoe\u{308}  ")
        #expect(DisplayWidth.pad("김민준", toWidth: 4) == "김민준")               // too wide: unchanged
        #expect(DisplayWidth.fit("김민준서울", toWidth: 6) == "김민… ")
        for w in 1 ... 12 {
            for s in ["東京x김민준", "mixed 東京 text", "👍a👍b", "", "Zoë"] {
                #expect(DisplayWidth.of(DisplayWidth.fit(s, toWidth: w)) == w, "\(s) \(w)")
                #expect(DisplayWidth.of(DisplayWidth.fit(s, toWidth: w, alignRight: true)) == w, "\(s) \(w)")
            }
        }
    }
}
