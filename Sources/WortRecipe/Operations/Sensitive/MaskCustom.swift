import Foundation
import WortCore

/// MASK_CUSTOM: masks every occurrence of `customValue`, or of every match of the regular
/// expression `customValue` when `regex` is true; each matched character (code point)
/// becomes `maskSymbol`, so the length is kept (`amazon` → `######`).
///
/// Literal matching is case-sensitive and non-overlapping, left to right, on the bytes.
/// Regexes are ICU's (`NSRegularExpression`, close to Java's, which DataBrew uses),
/// compiled once per step; one that matches the empty string is refused at pre-flight
/// (it would mask nothing meaningful, and the SQL exports split on it differently).
enum MaskCustom: RecipeOperation {
    static let name = "MASK_CUSTOM"

    static func plan(_ context: inout StepContext) -> StepKernel? {
        let columns = context.sourceColumns()
        let symbol = Masking.symbol(&context)
        let value = context.string("customValue")
        let isRegex = context.bool("regex", default: false)
        let filterOK = EntityTypeFilter.check(&context)
        guard let columns, let symbol, let value, filterOK else { return nil }
        if value.isEmpty { context.problem("customValue", "the value to mask cannot be empty"); return nil }
        let symbolBytes = Array(symbol.utf8)
        if isRegex {
            let regex: NSRegularExpression
            do { regex = try NSRegularExpression(pattern: value) } catch {
                context.problem("customValue", "not a valid regular expression: \(value)")
                return nil
            }
            if regex.firstMatch(in: "", range: NSRange(location: 0, length: 0)) != nil {
                context.problem("customValue", "the regular expression \(value) matches empty text; make it match at least one character")
                return nil
            }
            let box = RegexBox(regex)
            return SensitiveColumns.mapText(columns, &context) { bytes, out in
                box.mask(bytes, symbol: symbolBytes, to: &out)
                return true
            }
        }
        let needle = Array(value.utf8)
        var masked: [UInt8] = []
        for _ in value.unicodeScalars { masked += symbolBytes }
        let replacement = masked
        return SensitiveColumns.mapText(columns, &context) { bytes, out in
            var i = 0
            while let at = ByteSearch.find(needle, in: bytes, from: i) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<at]))
                out.append(contentsOf: replacement)
                i = at + needle.count
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<bytes.count]))
            return true
        }
    }
}

/// A compiled regex shared by the batches of one step: `NSRegularExpression` is immutable
/// and documented thread-safe for matching.
final class RegexBox: @unchecked Sendable {
    let regex: NSRegularExpression
    init(_ regex: NSRegularExpression) { self.regex = regex }

    /// Appends `bytes` with every code point inside a match replaced by `symbol`.
    func mask(_ bytes: UnsafeBufferPointer<UInt8>, symbol: [UInt8], to out: inout [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        let ns = text as NSString
        let matches = regex.matches(in: text, range: NSRange(location: 0, length: ns.length))
            .map(\.range).filter { $0.length > 0 }
        if matches.isEmpty { out.append(contentsOf: text.utf8); return }
        // Walk the scalars with their UTF-16 offsets (NSRange counts UTF-16 units).
        var k = 0, u16 = 0
        for s in text.unicodeScalars {
            while k < matches.count && u16 >= matches[k].location + matches[k].length { k += 1 }
            if k < matches.count && u16 >= matches[k].location {
                out.append(contentsOf: symbol)
            } else {
                UTF8.encode(s) { out.append($0) }
            }
            u16 += s.utf16.count
        }
    }
}
