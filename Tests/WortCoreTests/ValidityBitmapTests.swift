import Testing
@testable import WortCore

@Test func bitmapCountsNullsAcrossWordBoundaries() {
    var b = ValidityBitmap()
    for i in 0..<130 { b.append(i % 3 != 0) }
    #expect(b.count == 130)
    #expect(b.nullCount == 44)
    #expect(b[0] == false && b[1] == true && b[129] == false)
    b[1] = false
    #expect(b.nullCount == 45)
}

@Test func stringBufferKeepsBytesAndOffsets() {
    var s = StringBuffer(["a", "", "東京", "x,y"])
    s.append("z")
    #expect(s.count == 5)
    #expect(s[2] == "東京")
    #expect(s.byteCount(at: 2) == 6)
    #expect(s[1] == "")
}

@Test func invalidTextIsFoundByRow() {
    var c = Column(name: "n", strings: ["1", nil, "3"])
    c.invalid = [InvalidCell(row: 1, text: "abc")]
    #expect(c.invalidText(at: 1) == "abc")
    #expect(c.invalidText(at: 2) == nil)
    #expect(c.nullCount == 0)
    #expect(c.invalidCount == 1)
}
