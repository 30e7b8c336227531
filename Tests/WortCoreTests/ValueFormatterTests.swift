import Testing
import WortTestSupport
@testable import WortCore

@Test func formatsIntegersDecimalsAndBools() {
    #expect(formatted { ValueFormatter.append(int64: 0, to: &$0) } == "0")
    #expect(formatted { ValueFormatter.append(int64: -42, to: &$0) } == "-42")
    #expect(formatted { ValueFormatter.append(int64: .max, to: &$0) } == "9223372036854775807")
    #expect(formatted { ValueFormatter.append(int64: .min, to: &$0) } == "-9223372036854775808")
    #expect(formatted { ValueFormatter.append(decimal: -5, scale: 2, to: &$0) } == "-0.05")
    #expect(formatted { ValueFormatter.append(decimal: 1250, scale: 2, to: &$0) } == "12.50")
    #expect(formatted { ValueFormatter.append(decimal: 7, scale: 0, to: &$0) } == "7")
    #expect(formatted { ValueFormatter.append(decimal: 0, scale: 3, to: &$0) } == "0.000")
    #expect(formatted { ValueFormatter.append(decimal: .min, scale: 18, to: &$0) } == "-9.223372036854775808")
    #expect(formatted { ValueFormatter.append(bool: true, to: &$0) } == "true")
    #expect(formatted { ValueFormatter.append(bool: false, to: &$0) } == "false")
    var out = Array("x=".utf8)
    ValueFormatter.append(int64: 12, to: &out)
    #expect(out == Array("x=12".utf8))   // appends, keeps what was there
}

@Test func formatsDoublesShortestWithIntegralAsPointZero() {
    let cases: [(Double, String)] = [
        (3, "3.0"), (-0.0, "-0.0"), (0, "0.0"), (0.1, "0.1"), (-2.5, "-2.5"), (1e-5, "0.00001"),
        (0.30000000000000004, "0.30000000000000004"), (123456.789, "123456.789"),
        (9007199254740991, "9007199254740991.0"), (1e300, "1e+300"), (.leastNonzeroMagnitude, "5e-324"),
        (.nan, "NaN"), (.infinity, "inf"), (-.infinity, "-inf"),
    ]
    for (v, text) in cases {
        #expect(formatted { ValueFormatter.append(double: v, to: &$0) } == text)
    }
}

@Test func formatsDatesAndTimestamps() {
    #expect(formatted { ValueFormatter.append(date: 0, to: &$0) } == "1970-01-01")
    #expect(formatted { ValueFormatter.append(date: 19782, to: &$0) } == "2024-02-29")
    #expect(formatted { ValueFormatter.append(date: -1, to: &$0) } == "1969-12-31")
    #expect(formatted { ValueFormatter.append(date: -719_162, to: &$0) } == "0001-01-01")
    #expect(formatted { ValueFormatter.append(timestamp: 0, to: &$0) } == "1970-01-01 00:00:00")
    #expect(formatted { ValueFormatter.append(timestamp: -1, to: &$0) } == "1969-12-31 23:59:59.999999")
    #expect(formatted { ValueFormatter.append(timestamp: micros(2024, 3, 5, 7, 8, 9, 10), to: &$0) }
        == "2024-03-05 07:08:09.000010")
    #expect(formatted { ValueFormatter.append(timestamp: micros(2024, 3, 5, 23, 59, 0, 500_000), to: &$0) }
        == "2024-03-05 23:59:00.500000")
}

@Test func randomValuesRoundTrip() {
    var rng = SeededGenerator(seed: 0x5EED_0001)
    var out: [UInt8] = []
    for _ in 0..<20_000 {
        let i = Int64(bitPattern: rng.next()) >> Int64.random(in: 0...63, using: &rng)
        out.removeAll(keepingCapacity: true); ValueFormatter.append(int64: i, to: &out)
        #expect(out.withUnsafeBufferPointer { ValueParser.int64($0) } == i)

        let bits = rng.next()
        let d = Double(bitPattern: bits)
        if d.isFinite {
            out.removeAll(keepingCapacity: true); ValueFormatter.append(double: d, to: &out)
            let back = out.withUnsafeBufferPointer { ValueParser.double($0) }
            #expect(back?.bitPattern == d.bitPattern, "\(d)")
        }
        // Short decimals such as prices take the plain-notation path.
        let cents = Double(Int.random(in: -10_000_000...10_000_000, using: &rng)) / 100
        out.removeAll(keepingCapacity: true); ValueFormatter.append(double: cents, to: &out)
        #expect(out.withUnsafeBufferPointer { ValueParser.double($0) } == cents)
        #expect(!out.contains(UInt8(ascii: "e")))
        #expect(String(decoding: out, as: UTF8.self) == cents.description)

        let scale = Int.random(in: 0...18, using: &rng)
        out.removeAll(keepingCapacity: true); ValueFormatter.append(decimal: i, scale: scale, to: &out)
        #expect(out.withUnsafeBufferPointer { ValueParser.decimal($0, scale: scale) } == i)

        let day = Int32.random(in: -719_162...2_932_896, using: &rng)
        out.removeAll(keepingCapacity: true); ValueFormatter.append(date: day, to: &out)
        #expect(out.withUnsafeBufferPointer { ValueParser.date($0, order: .dayFirst) } == day)

        let ts = Int64.random(in: micros(1, 1, 1)...micros(9999, 12, 31, 23, 59, 59, 999_999), using: &rng)
        out.removeAll(keepingCapacity: true); ValueFormatter.append(timestamp: ts, to: &out)
        #expect(out.withUnsafeBufferPointer { ValueParser.timestamp($0, order: .monthFirst) } == ts)
    }
}
