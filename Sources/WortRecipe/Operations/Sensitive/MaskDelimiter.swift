import WortCore

/// MASK_DELIMITER: masks the characters between `startDelimiter` and `endDelimiter`.
///
/// Choices where DataBrew's page is silent or contradicts itself:
/// - The first `startDelimiter`, then the first `endDelimiter` after it: one pair per cell
///   (the page says "between two delimiters"; the SQL export is `^(.*?<)(.*?)(>.*)$`).
///   A cell without that pair is left unchanged. Omitting `startDelimiter` masks from the
///   start; omitting `endDelimiter` masks to the end.
/// - `preserveDelimiters` follows its name, not the page's sentence ("If true, applies mask
///   to delimiters" reads like a slip): true keeps the delimiters, false masks them too
///   (subject to `alphabet`). Default true.
/// - Delimiters are literal text (usually one character), matched case-sensitively.
enum MaskDelimiter: RecipeOperation {
    static let name = "MASK_DELIMITER"

    static func plan(_ context: inout StepContext) -> StepKernel? {
        let columns = context.sourceColumns()
        let symbol = Masking.symbol(&context)
        let alphabet = MaskAlphabet.read(&context)
        let startDelimiter = context.optionalString("startDelimiter").flatMap { $0.isEmpty ? nil : Array($0.utf8) }
        let endDelimiter = context.optionalString("endDelimiter").flatMap { $0.isEmpty ? nil : Array($0.utf8) }
        let preserve = context.bool("preserveDelimiters", default: true)
        let filterOK = EntityTypeFilter.check(&context)
        guard let columns, let symbol, let alphabet, filterOK else { return nil }
        let mask = Masking.Mask(symbol: symbol, alphabet: alphabet)
        return SensitiveColumns.mapText(columns, &context) { bytes, out in
            // Byte ranges: [s0, s1) the start delimiter, [e0, e1) the end delimiter.
            var s0 = 0, s1 = 0
            if let d = startDelimiter {
                guard let at = ByteSearch.find(d, in: bytes, from: 0) else { out.append(contentsOf: bytes); return true }
                s0 = at; s1 = at + d.count
            }
            var e0 = bytes.count, e1 = bytes.count
            if let d = endDelimiter {
                guard let at = ByteSearch.find(d, in: bytes, from: s1) else { out.append(contentsOf: bytes); return true }
                e0 = at; e1 = at + d.count
            }
            let from = preserve ? s1 : s0, to = preserve ? e0 : e1
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[0..<from]))
            Masking.appendMasked(bytes, from: from, to: to, mask: mask, to: &out)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[to..<bytes.count]))
            return true
        }
    }
}

/// Finding literal byte strings (UTF-8 needles never match mid-character).
enum ByteSearch {
    static func find(_ needle: [UInt8], in hay: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        let n = needle.count
        guard n > 0, hay.count - from >= n else { return nil }
        let first = needle[0]
        var i = from
        let last = hay.count - n
        while i <= last {
            if hay[i] == first {
                var k = 1
                while k < n && hay[i + k] == needle[k] { k += 1 }
                if k == n { return i }
            }
            i += 1
        }
        return nil
    }
}
