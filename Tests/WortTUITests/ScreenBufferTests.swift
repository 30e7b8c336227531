import Testing
import WortCore
@testable import WortTUI

@Suite struct ScreenBufferTests {
    @Test func wideCharactersTakeTwoCells() {
        var b = ScreenBuffer(width: 8, height: 1)
        #expect(b.put("김민x", x: 0, y: 0) == 5)
        #expect(b[0, 0].text == "김" && b[0, 0].width == 2)
        #expect(b[1, 0].isContinuation)
        #expect(b[2, 0].text == "민" && b[3, 0].isContinuation)
        #expect(b[4, 0].text == "x")
        #expect(b.rowText(0) == "김민x   ")
        #expect(DisplayWidth.of(b.rowText(0)) == 8)
    }

    @Test func wideCharacterNeverSplitsAtTheLimit() {
        var b = ScreenBuffer(width: 6, height: 1)
        // Three columns of room: "a" + "김" fits, "민" would straddle the limit.
        #expect(b.put("a김민", x: 0, y: 0, limit: 4) == 4)
        #expect(b.rowText(0) == "a김   ")
        // At the right edge of the screen too.
        var c = ScreenBuffer(width: 5, height: 1)
        c.put("abcd김", x: 0, y: 0)
        #expect(c.rowText(0) == "abcd ")
        #expect(!c[4, 0].isContinuation)
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var b = ScreenBuffer(width: 6, height: 1)
        b.put("東京", x: 0, y: 0)
        b.put("x", x: 1, y: 0)          // the right half of 東
        #expect(b.rowText(0) == " x京  ")
        b.put("y", x: 2, y: 0)          // the left half of 京
        #expect(b.rowText(0) == " xy   ")
        for y in 0..<b.height { #expect(DisplayWidth.of(b.rowText(y)) == b.width) }
    }

    @Test func writesOutsideTheBufferAreClipped() {
        var b = ScreenBuffer(width: 4, height: 2)
        b.put("hello", x: -2, y: 0)
        b.put("zz", x: 0, y: 5)
        b.fill("#", x: 3, y: 1, count: 10)
        #expect(b.rowText(0) == "llo ")
        #expect(b.rowText(1) == "   #")
    }

    @Test func runsGroupCellsOfOneStyle() {
        var b = ScreenBuffer(width: 6, height: 1)
        b.put("ab", x: 0, y: 0, style: CellStyle(bold: true))
        b.put("서", x: 2, y: 0, style: CellStyle(reverse: true))
        let runs = b.runs(row: 0)
        #expect(runs.map(\.x) == [0, 2, 4])
        #expect(runs[1].cells.count == 2 && runs[1].style.reverse)
    }
}
