import Testing
@testable import WortCore

@Test func int64AcceptsSignsAndTrimmedText() {
    #expect(ValueParser.int64("0") == 0)
    #expect(ValueParser.int64("-0") == 0)
    #expect(ValueParser.int64("+17") == 17)
    #expect(ValueParser.int64("-42") == -42)
    #expect(ValueParser.int64("  123\t") == 123)
    #expect(ValueParser.int64("\t-5 ") == -5)
    #expect(withEmbeddedBytes("123") { ValueParser.int64($0) } == 123)
    #expect(withEmbeddedBytes(" 7 ") { ValueParser.int64($0) } == 7)
}

@Test(arguments: ["007", "02134", "00", "-01", "+0012", "", " ", "-", "+", "1 2", "1,000", "12a", "a12",
                  "1.0", "1e3", "0x1F", "--1", "+-1", "١٢"])
func int64RejectsNonIntegers(_ text: String) {
    #expect(ValueParser.int64(text) == nil)
}

@Test func int64BoundsAndOverflow() {
    #expect(ValueParser.int64("9223372036854775807") == Int64.max)
    #expect(ValueParser.int64("-9223372036854775808") == Int64.min)
    #expect(ValueParser.int64("9223372036854775808") == nil)
    #expect(ValueParser.int64("-9223372036854775809") == nil)
    #expect(ValueParser.int64("18446744073709551615") == nil)
    #expect(ValueParser.int64("99999999999999999999") == nil)
    #expect(ValueParser.int64("1000000000000000000") == 1_000_000_000_000_000_000)
}

@Test func doubleParsesDecimalAndExponentForms() {
    #expect(ValueParser.double("0.5") == 0.5)
    #expect(ValueParser.double(".5") == 0.5)
    #expect(ValueParser.double("-.25") == -0.25)
    #expect(ValueParser.double("5.") == 5.0)
    #expect(ValueParser.double("42") == 42.0)
    #expect(ValueParser.double(" -3.75 ") == -3.75)
    #expect(ValueParser.double("1e3") == 1000.0)
    #expect(ValueParser.double("1E-2") == 0.01)
    #expect(ValueParser.double("+2.5e+2") == 250.0)
    #expect(ValueParser.double("1e-05") == 1e-5)
    #expect(ValueParser.double("0.1") == 0.1)
    #expect(ValueParser.double("0.30000000000000004") == 0.30000000000000004)
    #expect(ValueParser.double("0e999") == 0.0)
    #expect(ValueParser.double("-0.0")?.sign == .minus)
    #expect(withEmbeddedBytes("1.5") { ValueParser.double($0) } == 1.5)
}

@Test func doubleIsCorrectlyRoundedOutsideTheFastPath() {
    #expect(ValueParser.double("1.7976931348623157e308") == Double.greatestFiniteMagnitude)
    #expect(ValueParser.double("4.9e-324") == Double.leastNonzeroMagnitude)
    #expect(ValueParser.double("2.2250738585072014e-308") == Double.leastNormalMagnitude)
    #expect(ValueParser.double("123456789012345678901234567890") == 123456789012345678901234567890.0)
    #expect(ValueParser.double("9007199254740993") == 9007199254740992.0)   // ties to even
    #expect(ValueParser.double("0.1000000000000000055511151231257827") == 0.1)
    #expect(ValueParser.double("3.14159265358979323846264338327950288") == Double.pi)
    #expect(ValueParser.double("1e23") == 1e23)
}

@Test(arguments: ["00.5", "007.5", "007", "-00.1", "inf", "-inf", "nan", "NaN", "Infinity", "0x1p3", "1e", "1e+",
                  "e5", ".", "-.", "+", "", "1.2.3", "1,5", "1 000", "1e999", "-1e400", "1.5f", "١.٥"])
func doubleRejects(_ text: String) {
    #expect(ValueParser.double(text) == nil)
}

@Test func boolAcceptsExactlyFourWordsInAnyCase() {
    #expect(ValueParser.bool("true") == true)
    #expect(ValueParser.bool("TRUE") == true)
    #expect(ValueParser.bool(" Yes ") == true)
    #expect(ValueParser.bool("False") == false)
    #expect(ValueParser.bool("nO") == false)
    for text in ["t", "f", "y", "n", "1", "0", "on", "off", "truee", "tru", "nope", "yes!", ""] {
        #expect(ValueParser.bool(text) == nil, "\(text)")
    }
}

@Test func decimalPadsShortFractionsAndRefusesToRound() {
    #expect(ValueParser.decimal("12.5", scale: 2) == 1250)
    #expect(ValueParser.decimal("12.34", scale: 2) == 1234)
    #expect(ValueParser.decimal("12", scale: 2) == 1200)
    #expect(ValueParser.decimal("-0.05", scale: 2) == -5)
    #expect(ValueParser.decimal(".5", scale: 1) == 5)
    #expect(ValueParser.decimal("7.", scale: 0) == 7)
    #expect(ValueParser.decimal(" +3.1 ", scale: 3) == 3100)
    #expect(ValueParser.decimal("12.345", scale: 2) == nil)
    #expect(ValueParser.decimal("1.5", scale: 0) == nil)
    #expect(ValueParser.decimal("007.50", scale: 2) == nil)
    #expect(ValueParser.decimal("1e2", scale: 2) == nil)
    #expect(ValueParser.decimal(".", scale: 2) == nil)
    #expect(ValueParser.decimal("", scale: 2) == nil)
    #expect(ValueParser.decimal("9223372036854775807", scale: 0) == Int64.max)
    #expect(ValueParser.decimal("-9223372036854775.808", scale: 3) == Int64.min)
    #expect(ValueParser.decimal("92233720368547758.08", scale: 2) == nil)
    #expect(ValueParser.decimal("922337203685477581", scale: 1) == nil)   // overflows while padding
}
