import Testing
import WortTestSupport
import WortCore
@testable import WortIO

// Fixed byte arrays (made with Python's codecs during development).

/// "김민준,서울특별시" in CP949 (all EUC-KR Hangul pairs).
let cp949Name: [UInt8] = [
    0xB1, 0xE8, 0xB9, 0xCE, 0xC1, 0xD8, 0x2C, 0xBC, 0xAD, 0xBF, 0xEF, 0xC6, 0xAF, 0xBA, 0xB0, 0xBD, 0xC3,
]
/// "이름,도시\n김민준,서울특별시\n박서연,부산광역시\n" in CP949.
let cp949CSV: [UInt8] = [
    0xC0, 0xCC, 0xB8, 0xA7, 0x2C, 0xB5, 0xB5, 0xBD, 0xC3, 0x0A, 0xB1, 0xE8, 0xB9, 0xCE, 0xC1, 0xD8,
    0x2C, 0xBC, 0xAD, 0xBF, 0xEF, 0xC6, 0xAF, 0xBA, 0xB0, 0xBD, 0xC3, 0x0A, 0xB9, 0xDA, 0xBC, 0xAD,
    0xBF, 0xAC, 0x2C, 0xBA, 0xCE, 0xBB, 0xEA, 0xB1, 0xA4, 0xBF, 0xAA, 0xBD, 0xC3, 0x0A,
]
let cp949CSVText = "이름,도시\n김민준,서울특별시\n박서연,부산광역시\n"
/// "똠방각하": 똠 is a CP949 extension syllable (lead 0x8C, ASCII trail 'c'), not EUC-KR.
let cp949Extension: [UInt8] = [0x8C, 0x63, 0xB9, 0xE6, 0xB0, 0xA2, 0xC7, 0xCF]
/// "Zoë,Ångström,café" in Windows-1252.
let cp1252Names: [UInt8] = [
    0x5A, 0x6F, 0xEB, 0x2C, 0xC5, 0x6E, 0x67, 0x73, 0x74, 0x72, 0xF6, 0x6D, 0x2C, 0x63, 0x61, 0x66, 0xE9,
]
/// "name,city\nFrançois,Besançon\nJürgen,München\n€5 “quoted”" in Windows-1252.
let cp1252CSV: [UInt8] = [
    0x6E, 0x61, 0x6D, 0x65, 0x2C, 0x63, 0x69, 0x74, 0x79, 0x0A, 0x46, 0x72, 0x61, 0x6E, 0xE7, 0x6F,
    0x69, 0x73, 0x2C, 0x42, 0x65, 0x73, 0x61, 0x6E, 0xE7, 0x6F, 0x6E, 0x0A, 0x4A, 0xFC, 0x72, 0x67,
    0x65, 0x6E, 0x2C, 0x4D, 0xFC, 0x6E, 0x63, 0x68, 0x65, 0x6E, 0x0A, 0x80, 0x35, 0x20, 0x93, 0x71,
    0x75, 0x6F, 0x74, 0x65, 0x64, 0x94,
]
let cp1252CSVText = "name,city\nFrançois,Besançon\nJürgen,München\n€5 “quoted”"

// MARK: - TextEncoding names

@Suite struct EncodingNameTests {
    @Test func acceptsCommonSpellings() {
        for n in ["utf-8", "UTF8", " Utf-8 "] { #expect(TextEncoding(name: n) == .utf8, "\(n)") }
        for n in ["cp949", "CP949", "euc-kr", "EUC-KR", "euckr", "ks_c_5601-1987", "KS_C_5601-1987", "uhc", "ms949"] {
            #expect(TextEncoding(name: n) == .cp949, "\(n)")
        }
        for n in ["windows-1252", "Windows-1252", "cp1252", "CP1252"] { #expect(TextEncoding(name: n) == .windows1252, "\(n)") }
        for n in ["iso-8859-1", "ISO_8859-1", "latin1", "Latin-1"] { #expect(TextEncoding(name: n) == .latin1, "\(n)") }
        for n in ["utf-16", "UTF-16LE", "utf16le"] { #expect(TextEncoding(name: n) == .utf16le, "\(n)") }
        #expect(TextEncoding(name: "utf-16be") == .utf16be)
    }

    @Test func rejectsUnknownNames() {
        for n in ["", "utf-32", "shift_jis", "ascii8", "cp-949x"] { #expect(TextEncoding(name: n) == nil, "\(n)") }
    }

    @Test func rawValuesRoundTripAndAppearInHelp() {
        #expect(TextEncoding.utf8.rawValue == "utf-8")
        #expect(TextEncoding.cp949.rawValue == "cp949")
        #expect(TextEncoding.windows1252.rawValue == "windows-1252")
        for e in TextEncoding.allCases {
            #expect(TextEncoding(name: e.rawValue) == e)
            #expect(TextEncoding.namesForHelp.contains(e.rawValue))
        }
    }
}

// MARK: - UTF-8 validation

@Suite struct UTF8ValidationTests {
    let ascii20 = Array("abcdefghijklmnopqrst".utf8)

    @Test func validInputs() {
        #expect(UTF8Validation.validate([UInt8]()) == .valid)
        #expect(UTF8Validation.validate(Array(String(repeating: "plain ascii, ", count: 50).utf8)) == .valid)
        #expect(UTF8Validation.validate(Array("김민준,서울특별시 Zoë 👍 €".utf8)) == .valid)
        // Boundary scalars: U+0080, U+07FF, U+0800, U+D7FF, U+E000, U+FFFF, U+10000, U+10FFFF.
        let edges: [UInt8] = [0xC2, 0x80, 0xDF, 0xBF, 0xE0, 0xA0, 0x80, 0xED, 0x9F, 0xBF, 0xEE, 0x80, 0x80,
                              0xEF, 0xBF, 0xBF, 0xF0, 0x90, 0x80, 0x80, 0xF4, 0x8F, 0xBF, 0xBF]
        #expect(UTF8Validation.validate(edges) == .valid)
    }

    @Test func invalidPositions() {
        let cases: [([UInt8], String)] = [
            ([0xC0, 0x80], "overlong C0 80"),
            ([0xC1, 0xBF], "overlong C1"),
            ([0xE0, 0x80, 0x80], "overlong E0 80 80"),
            ([0xF0, 0x80, 0x80, 0x80], "overlong F0 80"),
            ([0xED, 0xA0, 0x80], "surrogate D800"),
            ([0xED, 0xBF, 0xBF], "surrogate DFFF"),
            ([0xF4, 0x90, 0x80, 0x80], "above U+10FFFF"),
            ([0xF5, 0x80, 0x80, 0x80], "F5"),
            ([0xFE], "FE"),
            ([0xFF], "FF"),
            ([0x80], "stray continuation"),
            ([0xE4, 0xB8, 0x41], "truncated 3-byte sequence before ASCII"),
            ([0xC3, 0x41], "truncated 2-byte sequence"),
            ([0xF0, 0x9F, 0x98, 0x41], "truncated 4-byte sequence"),
        ]
        for (bad, label) in cases {
            // At the start, after ASCII (past the 16-byte fast path), and after a multi-byte char.
            #expect(UTF8Validation.validate(bad + [0x41]) == .invalid(at: 0), "\(label)")
            #expect(UTF8Validation.validate(ascii20 + bad + ascii20) == .invalid(at: 20), "\(label)")
            let prefix = Array("한".utf8) + ascii20
            #expect(UTF8Validation.validate(prefix + bad + [0x41]) == .invalid(at: prefix.count), "\(label)")
            bad.withUnsafeBufferPointer { #expect(UTF8Validation.firstInvalidByte(in: $0) == 0, "\(label)") }
        }
    }

    @Test func incompleteTailIsReportedSeparately() {
        let full = Array("ab😀".utf8)                   // 61 62 F0 9F 98 80
        for cut in 3 ..< full.count {                  // cut inside the emoji
            #expect(UTF8Validation.validate(Array(full[..<cut])) == .incompleteTail(from: 2))
            Array(full[..<cut]).withUnsafeBufferPointer { #expect(UTF8Validation.firstInvalidByte(in: $0) == 2) }
        }
        #expect(UTF8Validation.validate(ascii20 + [0xE4, 0xB8]) == .incompleteTail(from: 20))
        // A prefix that is already impossible is invalid, not incomplete.
        #expect(UTF8Validation.validate(ascii20 + [0xE0, 0x80]) == .invalid(at: 20))
        #expect(UTF8Validation.validate(ascii20 + [0xED, 0xA0]) == .invalid(at: 20))
        #expect(UTF8Validation.validate(ascii20 + [0xF4, 0x90]) == .invalid(at: 20))
    }

    @Test func everyPositionAroundTheFastPath() {
        for n in 0 ..< 48 {
            var bytes = [UInt8](repeating: 0x61, count: 48)
            bytes.replaceSubrange(n ..< n + 1, with: [0xFF])
            #expect(UTF8Validation.validate(bytes) == .invalid(at: n))
            var ok = [UInt8](repeating: 0x61, count: 48)
            ok.insert(contentsOf: [0xC3, 0xA9], at: n)
            #expect(UTF8Validation.validate(ok) == .valid)
        }
    }

    /// Agrees with the standard library's decoder on pseudo-random mixes of bytes.
    @Test func agreesWithStandardLibrary() {
        var rng = SeededGenerator(seed: 42)
        let pieces: [[UInt8]] = [[0x41], [0x20, 0x7A], [0xC3, 0xA9], [0xE2, 0x82, 0xAC], [0xF0, 0x9F, 0x91, 0x8D],
                                 [0x80], [0xC0], [0xED, 0xA0], [0xF4, 0x90], [0xFF], [0xE4], [0xEF, 0xBB, 0xBF]]
        for _ in 0 ..< 2000 {
            var bytes: [UInt8] = []
            for _ in 0 ..< Int(rng.next() % 12) {
                let p = Int(rng.next() % UInt64(pieces.count))
                bytes += p < 5 || rng.next() % 4 != 0 ? pieces[p % 5] : pieces[p]
            }
            let r = UTF8Validation.validate(bytes)
            let stdlibValid = String(validating: bytes, as: UTF8.self) != nil
            #expect((r == .valid) == stdlibValid, "\(bytes)")
            switch r {
            case .valid: break
            case .invalid(let k), .incompleteTail(let k):
                #expect(String(validating: bytes[..<k], as: UTF8.self) != nil, "\(bytes)")
            }
        }
    }
}


// MARK: - Detection

@Suite struct EncodingDetectorTests {
    func detect(_ b: [UInt8], end: Bool = true) -> TextEncoding { EncodingDetector.detect(sample: b, isEndOfInput: end) }

    @Test func utf8() {
        #expect(detect(Array("plain,ascii\n1,2\n".utf8)) == .utf8)
        #expect(detect([]) == .utf8)
        #expect(detect(Array(cp949CSVText.utf8)) == .utf8)
        #expect(detect([0xEF, 0xBB, 0xBF] + Array("a,b".utf8)) == .utf8)
    }

    @Test func utf8SampleCutInsideACharacter() {
        let bytes = Array("name\n김민준".utf8)
        let cut = Array(bytes.dropLast())
        #expect(detect(cut, end: false) == .utf8)
        #expect(detect(cut, end: true) != .utf8)
    }

    @Test func damagedUTF8StaysUTF8() {
        // 40 Hangul syllables, one stray byte inside the 5th (breaking it): still UTF-8, so
        // that the reader reports the offset instead of decoding everything as mojibake.
        var bytes = Array(String(repeating: "김민준,서울특별시\n", count: 5).utf8)
        bytes.insert(0xFF, at: 30)
        #expect(detect(bytes) == .utf8)
        // Many damaged spots: not UTF-8.
        var worse = Array(String(repeating: "김민준,서울특별시\n", count: 2).utf8)
        for k in stride(from: 1, to: worse.count, by: 9) { worse[k] = 0x41 }
        #expect(detect(worse) != .utf8)
    }

    @Test func cp949() {
        #expect(detect(cp949Name) == .cp949)
        #expect(detect(cp949CSV) == .cp949)
        #expect(detect(cp949Extension) == .cp949)
        #expect(detect(Array("id,".utf8) + cp949Name) == .cp949)
        // Cut after a lead byte in the middle of the file.
        #expect(detect(Array(cp949CSV[..<11]), end: false) == .cp949)
    }

    @Test func windows1252() {
        #expect(detect(cp1252Names) == .windows1252)
        #expect(detect(cp1252CSV) == .windows1252)
        #expect(detect(Array("caf".utf8) + [0xE9]) == .windows1252)
        #expect(detect(Array("Stra".utf8) + [0xDF, 0x65]) == .windows1252)    // Straße
    }
}

// MARK: - Transcoding

@Suite struct TranscoderTests {
    /// Feeds `bytes` in chunks of the given sizes (the rest as the last chunk).
    func transcode(_ enc: TextEncoding, _ bytes: [UInt8], chunks: [Int] = []) throws -> String {
        let t = try Transcoder(from: enc)
        var out: [UInt8] = []
        var i = 0
        for c in chunks {
            let end = min(bytes.count, i + c)
            out += try t.convert(Array(bytes[i ..< end]), isLast: false)
            i = end
        }
        out += try t.convert(Array(bytes[i...]), isLast: true)
        return String(decoding: out, as: UTF8.self)
    }

    func everyChunking(_ enc: TextEncoding, _ bytes: [UInt8], expect text: String) throws {
        #expect(try transcode(enc, bytes) == text)
        for split in 0 ... bytes.count { #expect(try transcode(enc, bytes, chunks: [split]) == text, "split \(split)") }
        #expect(try transcode(enc, bytes, chunks: Array(repeating: 1, count: bytes.count)) == text)
        #expect(try transcode(enc, bytes, chunks: Array(repeating: 3, count: bytes.count / 3)) == text)
    }

    @Test func cp949ToUTF8() throws {
        try everyChunking(.cp949, cp949Name, expect: "김민준,서울특별시")
        try everyChunking(.cp949, cp949CSV, expect: cp949CSVText)
        try everyChunking(.cp949, cp949Extension, expect: "똠방각하")
    }

    @Test func cp949ChunkBoundaryInsideACharacter() throws {
        let t = try Transcoder(from: .cp949)
        let a = try t.convert(Array(cp949Name[..<1]), isLast: false)     // lead byte of 김 only
        #expect(a.isEmpty)
        let b = try t.convert(Array(cp949Name[1..<5]), isLast: false)   // E8 B9 CE C1
        #expect(String(decoding: b, as: UTF8.self) == "김민")
        let c = try t.convert(Array(cp949Name[5...]), isLast: true)
        #expect(String(decoding: a + b + c, as: UTF8.self) == "김민준,서울특별시")
    }

    @Test func cp949InvalidBytesNameTheirOffset() throws {
        // 김 then a lead byte with an impossible trail (',').
        let bad: [UInt8] = [0xB1, 0xE8, 0xB1, 0x2C]
        let e1 = #expect(throws: WortError.self) { try transcode(.cp949, bad) }
        #expect(e1?.kind == .data)
        #expect(e1?.message.contains("byte offset 2") == true, "\(String(describing: e1))")
        // The offset counts from the start of the stream, across chunks and carried bytes.
        let e2 = #expect(throws: WortError.self) { try transcode(.cp949, cp949Name + bad, chunks: [10, 8]) }
        #expect(e2?.message.contains("byte offset \(cp949Name.count + 2)") == true, "\(String(describing: e2))")
        let e3 = #expect(throws: WortError.self) { try transcode(.cp949, cp949Name + [0xFF, 0x41]) }
        #expect(e3?.message.contains("byte offset \(cp949Name.count)") == true, "\(String(describing: e3))")
    }

    @Test func cp949TruncatedAtEnd() throws {
        let e = #expect(throws: WortError.self) { try transcode(.cp949, Array(cp949Name.dropLast()), chunks: [4]) }
        #expect(e?.message.contains("middle of a CP949 character at byte offset \(cp949Name.count - 2)") == true,
                "\(String(describing: e))")
    }

    @Test func windows1252ToUTF8() throws {
        try everyChunking(.windows1252, cp1252Names, expect: "Zoë,Ångström,café")
        try everyChunking(.windows1252, cp1252CSV, expect: cp1252CSVText)
    }

    @Test func windows1252UndefinedBytesMapToC1Controls() throws {
        let s = try transcode(.windows1252, [0x41, 0x81, 0x8D, 0x8F, 0x90, 0x9D, 0x80])
        #expect(Array(s.unicodeScalars.map(\.value)) == [0x41, 0x81, 0x8D, 0x8F, 0x90, 0x9D, 0x20AC])
    }

    @Test func latin1ToUTF8() throws {
        let s = try transcode(.latin1, [0x63, 0x61, 0x66, 0xE9, 0x80, 0xFF])
        #expect(Array(s.unicodeScalars.map(\.value)) == [0x63, 0x61, 0x66, 0xE9, 0x80, 0xFF])
    }

    @Test func utf8PassesThroughValidatedAndDropsBOM() throws {
        let text = "이름,city\nZoë 👍\n"
        try everyChunking(.utf8, Array(text.utf8), expect: text)
        try everyChunking(.utf8, [0xEF, 0xBB, 0xBF] + Array(text.utf8), expect: text)
        // Only a BOM at the very start is dropped.
        #expect(try transcode(.utf8, Array("a\u{FEFF}".utf8)) == "a\u{FEFF}")
    }

    @Test func utf8ErrorsNameTheirOffset() throws {
        let bytes = Array("abc김".utf8) + [0xED, 0xA0, 0x80] + Array("z".utf8)
        for split in 0 ... bytes.count {
            let e = #expect(throws: WortError.self) { try transcode(.utf8, bytes, chunks: [split]) }
            #expect(e?.message.contains("invalid UTF-8 at byte offset 6") == true, "split \(split): \(String(describing: e))")
        }
        let e = #expect(throws: WortError.self) { try transcode(.utf8, Array("ab".utf8) + [0xE4, 0xB8], chunks: [3]) }
        #expect(e?.message.contains("middle of a UTF-8 character at byte offset 2") == true, "\(String(describing: e))")
    }

    @Test func sourceNameBecomesTheLocation() throws {
        let t = try Transcoder(from: .utf8, sourceName: "data.csv")
        let e = #expect(throws: WortError.self) { try t.convert([0x61, 0xFF], isLast: true) }
        #expect(e?.location == SourceLocation(file: "data.csv"))
        #expect(e?.description.hasPrefix("data.csv: invalid UTF-8 at byte offset 1 (bytes FF)") == true, "\(String(describing: e))")
    }

    @Test func reusableAfterLastChunk() throws {
        let t = try Transcoder(from: .cp949)
        _ = try t.convert(cp949Name, isLast: true)
        let again = try t.convert(Array(cp949Name[..<1]), isLast: false) + (try t.convert(Array(cp949Name[1...]), isLast: true))
        #expect(String(decoding: again, as: UTF8.self) == "김민준,서울특별시")
    }

    @Test func largeInputCrossesTheScratchBuffer() throws {
        // More than 64 KiB of output from one call exercises iconv's E2BIG loop.
        let many = Array(repeating: cp949CSV, count: 2000).flatMap { $0 }
        let text = String(repeating: cp949CSVText, count: 2000)
        #expect(try transcode(.cp949, many) == text)
        #expect(try transcode(.cp949, many, chunks: [4097, 65_537]) == text)
    }
}
