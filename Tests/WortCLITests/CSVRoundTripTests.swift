import Foundation
import Testing

/// Reads the input (encoding, delimiter) and the output (UTF-8, delimiter) with Python's
/// csv module and compares every field. Blank input lines are a record of one empty
/// field in a one-column file (as Wort reads them) and are skipped otherwise; the
/// output gets no such leniency, so an empty lone field must be written as `""`.
let compareCSVScript = #"""
import csv, sys
inp, enc, idelim, out, odelim = sys.argv[1:6]
with open(inp, newline='', encoding=enc) as f:
    a = list(csv.reader(f, delimiter=idelim))
with open(out, newline='', encoding='utf-8') as f:
    b = list(csv.reader(f, delimiter=odelim))
width = len(a[0]) if a else 0
a = [r if r else [''] for r in a] if width == 1 else [r for r in a if r]
if len(a) != len(b):
    print(f'row count differs: input {len(a)}, output {len(b)}')
    sys.exit(1)
for i, (x, y) in enumerate(zip(a, b)):
    if x != y:
        print(f'record {i + 1} differs:\n  input  {x!r}\n  output {y!r}')
        sys.exit(1)
print(len(a))
"""#

/// Converts `input` to CSV with `--all-strings` and checks every field against Python.
/// Returns the number of records (header included) Python read.
@discardableResult
func expectFieldsPreserved(_ input: String, encoding: String = "utf-8-sig", inDelimiter: String = ",",
                           extraArguments: [String] = [], sourceLocation: SourceLocation = #_sourceLocation) async throws -> Int {
    let dir = try TempDir()
    defer { dir.remove() }
    let out = dir.url("out.csv")
    let r = try await wort(["convert", input, out, "--all-strings"] + extraArguments)
    #expect(r.ok, "convert failed: \(r)", sourceLocation: sourceLocation)
    #expect(r.stderr.isEmpty, "unexpected stderr: \(r.stderr)", sourceLocation: sourceLocation)
    guard r.ok else { return 0 }
    let py = try await python(compareCSVScript, [input, encoding, inDelimiter, out, ","])
    #expect(py.ok, "fields differ from Python's csv reading of the input:\n\(py.stdout)\(py.stderr)",
            sourceLocation: sourceLocation)
    return Int(py.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
}

@Suite struct CSVRoundTripTests {
    /// Each case: a name and the exact bytes of the input file.
    static let edgeCases: [(String, [UInt8])] = [
        ("quoted delimiters", Array("name,addr,n\n\"Kim, Seoyeon\",\"Apt 4, 12 Elm St\",1\nLee,\",\",2\n".utf8)),
        ("doubled quotes", Array("a,b\n\"he said \"\"hi\"\"\",\"\"\"\"\n\"x\"\"\",\"\"\"y\"\n".utf8)),
        ("newline and CRLF inside quotes", Array("a,b\n\"line 1\nline 2\",\"crlf\r\ninside\"\n\"\n\",\"\r\n\"\n".utf8)),
        ("CRLF line ends", Array("a,b,c\r\n1,2,3\r\n4,\"5\",6\r\n".utf8)),
        ("BOM", [0xEF, 0xBB, 0xBF] + Array("id,name\n1,Zoë\n2,서연\n".utf8)),
        ("no final newline", Array("a,b\n1,2\n3,\"last\"".utf8)),
        ("no final newline, unquoted", Array("a,b\n1,2\n3,4".utf8)),
        ("empty fields", Array("a,b,c\n,,\n1,,\n,,3\n\"\",\"\",\"\"\n".utf8)),
        ("leading and trailing spaces", Array("a,b,c\n  lead,trail  , both \n\" q \",x ,\t tab\t\n".utf8)),
        ("Hangul and emoji", Array("이름,메모\n서연,안녕하세요 😀\n민준,\"👍🏽, 🇰🇷\"\n佐藤,ﾃｽﾄ ＡＢＣ\n".utf8)),
        ("single column with empty values", Array("v\nx\n\n\"\"\ny\n\n".utf8)),
        ("no header row: numbers first", Array("1,2,3\n4,\"5,5\",6\n7,8,9".utf8)),
        ("everything at once", [0xEF, 0xBB, 0xBF] + Array("k,v\r\n1,\"a,\"\"b\"\"\r\nc\"\r\n2, 😀 \r\n3,".utf8)),
    ]

    @Test("convert --all-strings keeps every field", arguments: edgeCases.indices)
    func edgeCase(_ k: Int) async throws {
        let (name, bytes) = Self.edgeCases[k]
        let dir = try TempDir()
        defer { dir.remove() }
        let input = dir.file("in.csv", bytes)
        let records = try await expectFieldsPreserved(input)
        #expect(records >= 2, "case '\(name)': Python read only \(records) records")
    }

    @Test func singleColumnEmptyValuesAreQuotedInOutput() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let input = dir.file("in.csv", "v\nx\n\n\"\"\ny\n")
        let r = try await wort("convert", input, dir.url("out.csv"), "--all-strings")
        #expect(r.ok, "\(r)")
        #expect(dir.text("out.csv") == "v\nx\n\"\"\n\"\"\ny\n")
    }

    @Test func semicolonInputBecomesCommaOutput() async throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let input = dir.file("in.csv", "a;b;c\n1;\"x;y\";3\n4;5,5;\"say \"\"hi\"\"\"\n")
        try await expectFieldsPreserved(input, inDelimiter: ";")
        // Exact bytes: the comma inside a value is now quoted, the semicolon no longer needs to be.
        let r = try await wort("convert", input, dir.url("out.csv"), "--all-strings")
        #expect(r.ok, "\(r)")
        #expect(dir.text("out.csv") == "a,b,c\n1,x;y,3\n4,\"5,5\",\"say \"\"hi\"\"\"\n")
    }

    @Test("committed samples keep every field",
          arguments: ["samples/students.csv", "samples/enrollments.csv", "samples/courses.csv"])
    func sample(_ relative: String) async throws {
        let path = repoPath(relative)
        try #require(FileManager.default.fileExists(atPath: path), "missing sample \(path)")
        let records = try await expectFieldsPreserved(path)
        #expect(records > 30)
    }
}
