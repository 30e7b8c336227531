/// Shortest round-trip text of a Double.
///
/// - Integral values below 2^53 in magnitude: the integer and ".0" ("3.0", "-0.0").
/// - Values with at most 15 fraction digits whose scaled integer is below 2^50: plain
///   decimal notation with the fewest fraction digits that read back exactly ("0.1",
///   "0.00001"). Below 2^50 the scaled value rounds to the one candidate, so this is
///   the shortest text.
/// - Anything else: Swift's `description` (shortest round-trip digits, exponent form
///   such as "1e+300" or "5e-324"); NaN and infinities print "NaN", "inf", "-inf".
enum DoubleFormatting {
    static let twoTo50 = 1_125_899_906_842_624.0
    static let twoTo53 = 9_007_199_254_740_992.0

    @inline(__always)
    static func append(_ v: Double, to out: inout [UInt8]) {
        guard v.isFinite else {
            if v.isNaN { out.append(contentsOf: [0x4E, 0x61, 0x4E] as [UInt8]) }                      // NaN
            else if v < 0 { out.append(contentsOf: [0x2D, 0x69, 0x6E, 0x66] as [UInt8]) }             // -inf
            else { out.append(contentsOf: [0x69, 0x6E, 0x66] as [UInt8]) }                            // inf
            return
        }
        let magnitude = v.magnitude
        if v.sign == .minus { out.append(0x2D) }
        if magnitude < twoTo53 && magnitude.rounded(.towardZero) == magnitude {
            ValueFormatter.appendDigits(UInt64(magnitude), minimumDigits: 1, to: &out)
            out.append(0x2E); out.append(0x30)
            return
        }
        if magnitude < twoTo50 {
            let powers = DoubleParsing.powersOfTen
            for k in 1...15 {
                let scaled = (magnitude * powers[k]).rounded()
                if scaled >= twoTo50 { break }
                if scaled / powers[k] == magnitude {
                    ValueFormatter.appendFixedPoint(UInt64(scaled), fractionDigits: k, to: &out)
                    return
                }
            }
        }
        out.append(contentsOf: magnitude.description.utf8)
    }
}
