import WortCore

/// MASK_DATE: replaces the `redact`ed components (YEAR, MONTH, DAY, HOUR, MINUTE, SECOND,
/// MILLISECOND) of dates with `maskSymbol` repeated to the component's width:
/// `2024-06-18` with YEAR → `####-06-18`. The result is text.
///
/// Works on date and timestamp columns (their ISO text, `YYYY-MM-DD HH:MM:SS[.ffffff]`)
/// and on text holding ISO-like dates: year-month-day separated by `-`, `/` or `.`,
/// optionally a time after `T` or a space (`HH:MM[:SS[.fff]]`); anything after (a zone)
/// is kept. MILLISECOND masks the whole fraction of a second. Text in another shape is
/// left unchanged, as FORMAT_DATE keeps what it cannot read. A text column's widths are
/// kept as written (`2024-6-8` → `####-6-8`). `locale` is accepted and has no effect:
/// numeric ISO dates have nothing locale-dependent.
enum MaskDate: RecipeOperation {
    static let name = "MASK_DATE"

    enum Component: String, CaseIterable { case YEAR, MONTH, DAY, HOUR, MINUTE, SECOND, MILLISECOND }

    static func plan(_ context: inout StepContext) -> StepKernel? {
        let columns = context.sourceColumns()
        let symbol = Masking.symbol(&context)
        let list = context.stringList("redact")
        context.ignore("locale")
        let filterOK = EntityTypeFilter.check(&context)
        guard let columns, let symbol, let list, filterOK else { return nil }
        var redact = [Bool](repeating: false, count: Component.allCases.count)
        let names = Component.allCases.map(\.rawValue)
        for item in list {
            guard let i = names.firstIndex(of: item.uppercased()) else {
                context.problem("redact", "'\(item)' is not one of \(names.joined(separator: ", "))" + NameSuggestion.hint(for: item, among: names))
                return nil
            }
            redact[i] = true
        }
        let redacted = redact
        if list.isEmpty { context.warning("redact", "no component to redact: the dates only become text") }
        let symbolBytes = Array(symbol.utf8)
        return SensitiveColumns.mapText(columns, &context) { bytes, out in
            let spans = scan(bytes)
            var i = 0
            for (k, span) in spans.enumerated() where redacted[k] && !span.isEmpty {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<span.lowerBound]))
                for _ in span { out.append(contentsOf: symbolBytes) }
                i = span.upperBound
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<bytes.count]))
            return true
        }
    }

    /// The byte ranges of YEAR, MONTH, DAY, HOUR, MINUTE, SECOND, MILLISECOND (empty when
    /// absent); all empty when the text does not start with a date.
    static func scan(_ b: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var spans = [Range<Int>](repeating: 0..<0, count: 7)
        var i = 0
        func digits(min: Int, max: Int) -> Range<Int>? {
            let s = i
            while i < b.count && i - s < max && b[i] >= 0x30 && b[i] <= 0x39 { i += 1 }
            if i - s < min { i = s; return nil }
            return s..<i
        }
        func take(_ c: UInt8) -> Bool { if i < b.count && b[i] == c { i += 1; return true }; return false }
        while i < b.count && b[i] == 0x20 { i += 1 }
        guard let y = digits(min: 4, max: 6), i < b.count else { return spans }
        let sep = b[i]
        guard sep == 0x2D || sep == 0x2F || sep == 0x2E else { return spans }
        i += 1
        guard let m = digits(min: 1, max: 2), take(sep), let d = digits(min: 1, max: 2) else { return spans }
        spans[0] = y; spans[1] = m; spans[2] = d
        guard take(0x54) || take(0x20), let h = digits(min: 1, max: 2), take(0x3A), let mi = digits(min: 2, max: 2) else { return spans }
        spans[3] = h; spans[4] = mi
        guard take(0x3A), let s = digits(min: 2, max: 2) else { return spans }
        spans[5] = s
        guard take(0x2E) || take(0x2C), let f = digits(min: 1, max: 9) else { return spans }
        spans[6] = f
        return spans
    }
}
