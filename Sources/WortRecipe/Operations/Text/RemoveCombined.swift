import WortCore

/// REMOVE_COMBINED: removes kinds of characters from `sourceColumn`, in place. Every flag
/// is optional (`"true"`/`"false"`, default false). DataBrew does not say in which order
/// they apply; Wort applies them as this chain, which the SQL export repeats:
/// 1. `removeCustomValue`: every occurrence of the literal `customValue`;
/// 2. one pass over code points removing those the flags select: `removeAllWhitespace`
///    (`[\s\p{Z}]`), `removeAllPunctuation` (`. ! , ?`), `removeAllQuotes` (`' "`),
///    `removeLetters` (`\p{L}`, Hangul included), `removeNumbers` (`\p{N}`),
///    `removeSpecialCharacters` (all ASCII punctuation), `removeCustomCharacters` (each
///    character of `customCharacters`);
/// 3. the leading/trailing flags together: code points of any selected kind
///    (whitespace, `. ! , ?`, quotes) are stripped from both ends until none is left, so
///    `" hello! "` with whitespace and punctuation gives `hello`;
/// 4. `collapseConsecutiveWhitespace`: each whitespace run becomes one space.
enum RemoveCombined: RecipeOperation {
    static let name = "REMOVE_COMBINED"

    struct Flags: Sendable {
        var customValue: [UInt8]? = nil
        var allWhitespace = false, allPunctuation = false, allQuotes = false
        var letters = false, numbers = false, special = false
        var customCharacters: Set<UInt32>? = nil
        var edgeWhitespace = false, edgePunctuation = false, edgeQuotes = false
        var collapse = false

        var removesAnywhere: Bool {
            allWhitespace || allPunctuation || allQuotes || letters || numbers || special || customCharacters != nil
        }
        var stripsEdges: Bool { edgeWhitespace || edgePunctuation || edgeQuotes }

        func removed(_ s: UInt32) -> Bool {
            (allWhitespace && TextScalars.isSpace(s)) || (allPunctuation && RemoveCombined.isPunctuation(s))
                || (allQuotes && RemoveCombined.isQuote(s)) || (special && TextScalars.isASCIIPunctuation(s))
                || (numbers && TextScalars.isNumber(s)) || (letters && TextScalars.isLetter(s))
                || (customCharacters?.contains(s) ?? false)
        }

        func edge(_ s: UInt32) -> Bool {
            (edgeWhitespace && TextScalars.isSpace(s)) || (edgePunctuation && RemoveCombined.isPunctuation(s))
                || (edgeQuotes && RemoveCombined.isQuote(s))
        }
    }

    static func isPunctuation(_ s: UInt32) -> Bool { s == 0x2E || s == 0x21 || s == 0x2C || s == 0x3F }
    static func isQuote(_ s: UInt32) -> Bool { s == 0x27 || s == 0x22 }

    static func plan(_ context: inout StepContext) -> StepKernel? {
        let column = context.column("sourceColumn")
        var f = Flags()
        if context.bool("removeCustomValue", default: false) {
            if let v = context.string("customValue") {
                if v.isEmpty { context.problem("customValue", "the value to remove is empty") } else { f.customValue = Array(v.utf8) }
            }
        } else { context.ignore("customValue") }
        if context.bool("removeCustomCharacters", default: false) {
            if let v = context.string("customCharacters") {
                if v.isEmpty { context.problem("customCharacters", "no characters given") }
                f.customCharacters = Set(v.unicodeScalars.map(\.value))
            }
        } else { context.ignore("customCharacters") }
        f.allWhitespace = context.bool("removeAllWhitespace", default: false)
        f.allPunctuation = context.bool("removeAllPunctuation", default: false)
        f.allQuotes = context.bool("removeAllQuotes", default: false)
        f.letters = context.bool("removeLetters", default: false)
        f.numbers = context.bool("removeNumbers", default: false)
        f.special = context.bool("removeSpecialCharacters", default: false)
        f.edgeWhitespace = context.bool("removeLeadingAndTrailingWhitespace", default: false)
        f.edgePunctuation = context.bool("removeLeadingAndTrailingPunctuation", default: false)
        f.edgeQuotes = context.bool("removeLeadingAndTrailingQuotes", default: false)
        f.collapse = context.bool("collapseConsecutiveWhitespace", default: false)
        guard let column, !context.hasProblems else { return nil }
        if f.customValue == nil && !f.removesAnywhere && !f.stripsEdges && !f.collapse {
            context.warning(nil, "no removal option is true: the column is unchanged")
        }
        let flags = f
        context.schema = context.schema.replacing(column, with: Field(name: context.schema.fields[column].name, type: .string))
        return .map { table in
            // Scratch buffers per batch, reused cell to cell.
            var current: [UInt8] = [], next: [UInt8] = []
            let cleaned = TextMapping.map(table.columns[column]) { b, out in
                clean(b, flags, &current, &next)
                out.append(contentsOf: current)
                return true
            }
            return table.replacing(column, with: cleaned)
        }
    }

    /// One cell through the chain; the result is left in `current`.
    static func clean(_ b: UnsafeBufferPointer<UInt8>, _ flags: Flags, _ current: inout [UInt8], _ next: inout [UInt8]) {
        current.removeAll(keepingCapacity: true)
        current.append(contentsOf: b)
        if let value = flags.customValue {
            removeOccurrences(of: value, from: current, into: &next)
            swap(&current, &next)
        }
        if flags.removesAnywhere {
            next.removeAll(keepingCapacity: true)
            current.withUnsafeBufferPointer { c in
                var i = 0
                while i < c.count {
                    let (s, len) = TextScalars.decode(c, i)
                    if !flags.removed(s) { next.append(contentsOf: UnsafeBufferPointer(rebasing: c[i..<i + len])) }
                    i += len
                }
            }
            swap(&current, &next)
        }
        if flags.stripsEdges {
            let r = current.withUnsafeBufferPointer { TextScalars.trimmedRange($0, flags.edge) }
            if r != current.indices {
                next.removeAll(keepingCapacity: true)
                next.append(contentsOf: current[r])
                swap(&current, &next)
            }
        }
        if flags.collapse {
            next.removeAll(keepingCapacity: true)
            current.withUnsafeBufferPointer { c in
                var i = 0
                var inRun = false
                while i < c.count {
                    let (s, len) = TextScalars.decode(c, i)
                    if TextScalars.isSpace(s) {
                        if !inRun { next.append(0x20) }
                        inRun = true
                    } else {
                        next.append(contentsOf: UnsafeBufferPointer(rebasing: c[i..<i + len]))
                        inRun = false
                    }
                    i += len
                }
            }
            swap(&current, &next)
        }
    }

    /// `source` without the non-overlapping occurrences of `value`, left to right.
    static func removeOccurrences(of value: [UInt8], from source: [UInt8], into out: inout [UInt8]) {
        out.removeAll(keepingCapacity: true)
        let n = source.count, m = value.count
        var i = 0
        while i < n {
            if i + m <= n, source[i] == value[0], source[i..<i + m].elementsEqual(value) {
                i += m
            } else {
                out.append(source[i]); i += 1
            }
        }
    }
}
