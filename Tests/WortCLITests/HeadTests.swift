import Foundation
import Testing

/// Terminal columns of `s`, written independently of Wort's own DisplayWidth: East Asian
/// wide ranges count 2, combining marks and Hangul medial/final jamo 0, the rest 1.
func displayWidth(_ s: Substring) -> Int {
    var w = 0
    for u in s.unicodeScalars {
        switch u.value {
        case 0x0300...0x036F, 0x1160...0x11FF, 0x200B...0x200F, 0xFE00...0xFE0F: break
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF: w += 2
        default: w += 1
        }
    }
    return w
}

/// The display column where each field of a rendered table line starts. Fields are
/// separated by two or more spaces (values below hold no double spaces).
func fieldStarts(_ line: Substring) -> [Int] {
    var starts: [Int] = []
    var i = line.startIndex
    var spaces = 0
    var atStart = true
    while i < line.endIndex {
        if line[i] == " " {
            spaces += 1
        } else {
            if atStart || spaces >= 2 { starts.append(displayWidth(line[line.startIndex..<i])) }
            atStart = false
            spaces = 0
        }
        i = line.index(after: i)
    }
    return starts
}

@Suite struct HeadTests {
    @Test func threeRows() async throws {
        let r = try await wort("head", "-n", "3", repoPath("samples/enrollments.csv"))
        #expect(r.ok, "\(r)")
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        // header, rule, 3 rows, and the final newline.
        try #require(lines.count == 6, "\(r.stdout)")
        #expect(lines.last == "")
        #expect(lines[0].split(separator: " ").map(String.init) ==
                ["enrollment_id", "student_id", "course_id", "term", "grade", "credits", "enrolled_at"])
        #expect(lines[1].allSatisfy { $0 == "─" || $0 == " " } && lines[1].contains("─"))
        // samples/enrollments.csv starts with enrollment 1, 2, 3 (generator order).
        #expect(lines[2].hasPrefix("1 ") && lines[2].contains("100401") && lines[2].contains("2022-08-31 18:16:00"))
        #expect(lines[3].hasPrefix("2 ") && lines[3].contains("ECON141"))
        #expect(lines[4].hasPrefix("3 "))
    }

    @Test func zeroRowsPrintsHeaderOnly() async throws {
        let r = try await wort("head", "-n", "0", repoPath("samples/courses.csv"))
        #expect(r.ok, "\(r)")
        #expect(r.stdout.split(separator: "\n").count == 2, "\(r.stdout)")
    }

    @Test func cjkValuesStayAligned() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let input = dir.file("k.csv", """
            name,city,note,n
            서연,서울특별시,안녕,1
            Kim,Seoul,hi,2
            佐藤さくら,東京,ﾃｽﾄ,3
            José,São Paulo,😀 ok,4
            ＡＢＣ,北京,한국어 1,5
            Ångström,Zürich,,6

            """)
        let r = try await wort("head", input)
        #expect(r.ok, "\(r)")
        let lines = r.stdout.split(separator: "\n")
        try #require(lines.count == 8, "\(r.stdout)")
        let header = fieldStarts(lines[0])
        #expect(header.count == 4, "\(lines[0])")
        for line in lines {
            let starts = fieldStarts(line)
            // The last column may be empty (trailing spaces are trimmed): compare what is there.
            let n = line.contains("Zürich") ? 2 : 4
            #expect(Array(starts.prefix(n)) == Array(header.prefix(n)),
                    "misaligned line (field starts \(starts), header \(header)):\n\(r.stdout)")
        }
        // The rows are shown in order with their values.
        #expect(lines[2].hasPrefix("서연") && lines[2].contains("서울특별시"))
        #expect(lines[5].contains("😀 ok"))
    }

    @Test func readsStdin() async throws {
        let r = try await wort("head", "-", "-n", "2", stdin: Data("a,b\n서연,2\nx,3\ny,4\n".utf8))
        #expect(r.ok, "\(r)")
        #expect(r.stdout == "a     b\n────  ─\n서연  2\nx     3\n")
    }
}
