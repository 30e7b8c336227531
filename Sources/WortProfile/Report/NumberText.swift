import WortCore
import Foundation

/// Numbers as reports print them: the shortest text that reads back the same double.
enum NumberText {
    static func format(_ v: Double) -> String {
        if v.isNaN { return "NaN" }
        if v.isInfinite { return v > 0 ? "inf" : "-inf" }
        var out: [UInt8] = []
        ValueFormatter.append(double: v, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Rounded for people: `digits` significant digits, but never fewer than the integer
    /// part needs plus two decimals (100200.5, not 1.002e5).
    static func short(_ v: Double, digits: Int = 4) -> String {
        if v.isNaN || v.isInfinite { return format(v) }
        if v == v.rounded() && abs(v) < 1e15 { return String(Int64(v)) }
        let integerDigits = abs(v) >= 1 ? Int(log10(abs(v))) + 1 : 0
        let significant = min(15, max(digits, integerDigits + 2))
        return String(format: "%.\(significant)g", v)
    }
}
