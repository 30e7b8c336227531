import Foundation
import WortCore

/// Character classes and UTF-8 walking shared by the text steps. They work on bytes and
/// classify whole code points (Spark and DuckDB index code points, scale-out.md §2.4), so
/// a cell is never turned into a Swift `String` on the hot paths.
enum TextScalars {
    /// The code point starting at `i` and its byte length. A malformed byte counts as one
    /// code point of its own (U+FFFD) so that walking always advances and copies bytes as is.
    @inline(__always)
    static func decode(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (scalar: UInt32, length: Int) {
        let b0 = b[i]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        let n = b.count
        func cont(_ k: Int) -> UInt32? {
            guard i + k < n, b[i + k] & 0xC0 == 0x80 else { return nil }
            return UInt32(b[i + k] & 0x3F)
        }
        if b0 & 0xE0 == 0xC0, let c1 = cont(1) { return ((UInt32(b0 & 0x1F) << 6) | c1, 2) }
        if b0 & 0xF0 == 0xE0, let c1 = cont(1), let c2 = cont(2) {
            return ((UInt32(b0 & 0x0F) << 12) | (c1 << 6) | c2, 3)
        }
        if b0 & 0xF8 == 0xF0, let c1 = cont(1), let c2 = cont(2), let c3 = cont(3) {
            return ((UInt32(b0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3, 4)
        }
        return (0xFFFD, 1)
    }

    static func isASCII(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        for x in b where x >= 0x80 { return false }
        return true
    }

    /// `[\s\p{Z}]`, the whitespace of scale-out.md's TRIM / REMOVE_COMBINED: ASCII `\s`
    /// (tab, newline, vertical tab, form feed, carriage return, space) or a Unicode
    /// separator (NBSP, U+3000 ideographic space, line and paragraph separators, ...).
    @inline(__always)
    static func isSpace(_ s: UInt32) -> Bool {
        if s < 0x80 { return s == 0x20 || (s >= 0x09 && s <= 0x0D) }
        guard let u = Unicode.Scalar(s) else { return false }
        switch u.properties.generalCategory {
        case .spaceSeparator, .lineSeparator, .paragraphSeparator: return true
        default: return false
        }
    }

    /// ASCII-only `\s`: the word boundary of CAPITAL_CASE (as the portable SQL has it).
    @inline(__always)
    static func isASCIISpace(_ s: UInt32) -> Bool { s == 0x20 || (s >= 0x09 && s <= 0x0D) }

    /// `\p{L}`.
    static func isLetter(_ s: UInt32) -> Bool {
        if s < 0x80 { return (s | 0x20) >= 0x61 && (s | 0x20) <= 0x7A }
        guard let u = Unicode.Scalar(s) else { return false }
        switch u.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    /// `\p{N}`.
    static func isNumber(_ s: UInt32) -> Bool {
        if s < 0x80 { return s >= 0x30 && s <= 0x39 }
        guard let u = Unicode.Scalar(s) else { return false }
        switch u.properties.generalCategory {
        case .decimalNumber, .letterNumber, .otherNumber: return true
        default: return false
        }
    }

    /// DataBrew's "special characters": every ASCII punctuation character, `` [!-/:-@\[-`{-~] ``.
    @inline(__always)
    static func isASCIIPunctuation(_ s: UInt32) -> Bool {
        (s >= 0x21 && s <= 0x2F) || (s >= 0x3A && s <= 0x40) || (s >= 0x5B && s <= 0x60) || (s >= 0x7B && s <= 0x7E)
    }

    /// The bytes with leading and trailing code points that `strip` accepts removed.
    static func trimmedRange(_ b: UnsafeBufferPointer<UInt8>, _ strip: (UInt32) -> Bool) -> Range<Int> {
        var lo = 0
        while lo < b.count {
            let (s, len) = decode(b, lo)
            guard strip(s) else { break }
            lo += len
        }
        var hi = b.count
        while hi > lo {
            // Step back to the start of the last code point (skip continuation bytes).
            var start = hi - 1
            while start > lo, b[start] & 0xC0 == 0x80, hi - start < 4 { start -= 1 }
            let (s, len) = decode(b, start)
            guard start + len == hi, strip(s) else { break }
            hi = start
        }
        return lo..<hi
    }
}

/// What a function step reads: a column, or (`value`) the same constant on every row.
enum FunctionInput {
    case column(Int)
    case constant(String)

    /// `sourceColumn` or `value` (DataBrew's functions take one or the other).
    static func resolve(_ context: inout StepContext, column: String = "sourceColumn", value: String = "value") -> FunctionInput? {
        let hasColumn = context.parameters[column] != nil
        let hasValue = context.parameters[value] != nil
        context.ignore(column, value)
        if hasColumn && hasValue {
            context.problem(value, "give either \(column) or \(value), not both"); return nil
        }
        if hasValue { return context.raw(value).map { .constant($0) } }
        if !hasColumn { context.problem(column, "missing parameter (or give \(value))"); return nil }
        return context.column(column).map { .column($0) }
    }

    var columnIndex: Int? { if case .column(let i) = self { i } else { nil } }

    /// The input as a column of `rows` rows (a constant is repeated).
    func column(in table: Table) -> Column {
        switch self {
        case .column(let i): return table.columns[i]
        case .constant(let s): return Column.constantText(s, name: "value", count: table.rowCount)
        }
    }
}

extension Column {
    /// A text column holding `text` on every row.
    static func constantText(_ text: String, name: String, count: Int) -> Column {
        var buffer = StringBuffer(estimatedRows: count, estimatedBytes: count * text.utf8.count)
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBufferPointer { p in
            let view = UnsafeBufferPointer(p)
            for _ in 0..<count { buffer.append(view) }
        }
        return Column.text(name: name, buffer, validity: ValidityBitmap(repeating: true, count: count))
    }
}

/// A compiled regular expression shared by the parallel batches of one step.
/// `NSRegularExpression` is immutable once built, and documented as safe to use from
/// several threads; the box only tells Swift so.
final class CompiledRegex: @unchecked Sendable {
    let regex: NSRegularExpression

    init(_ regex: NSRegularExpression) { self.regex = regex }

    /// The pattern compiled, or a problem on `parameter`.
    static func compile(_ pattern: String, parameter: String, _ context: inout StepContext) -> CompiledRegex? {
        if pattern.isEmpty { context.problem(parameter, "the pattern is empty"); return nil }
        do {
            return CompiledRegex(try NSRegularExpression(pattern: pattern))
        } catch {
            context.problem(parameter, "not a valid regular expression: \(pattern)")
            return nil
        }
    }
}

/// Steps that rewrite a column's text in place: the result is a text column of the same
/// name and position (a number column becomes text, as in DataBrew's string functions).
enum InPlaceText {
    static func plan(_ context: inout StepContext,
                     _ transform: @escaping @Sendable (UnsafeBufferPointer<UInt8>, inout [UInt8]) -> Bool) -> StepKernel? {
        guard let i = context.column("sourceColumn") else { return nil }
        return plan(&context, column: i, transform)
    }

    static func plan(_ context: inout StepContext, column i: Int,
                     _ transform: @escaping @Sendable (UnsafeBufferPointer<UInt8>, inout [UInt8]) -> Bool) -> StepKernel? {
        context.schema = context.schema.replacing(i, with: Field(name: context.schema.fields[i].name, type: .string))
        return .map { $0.replacing(i, with: TextMapping.map($0.columns[i], transform)) }
    }
}

/// A text column built row by row: `cell` appends row `r`'s text to `out`, or returns
/// false for null. For steps that need the row number (several inputs, typed reads).
enum TextColumnBuilder {
    static func build(name: String, count: Int, _ cell: (Int, inout [UInt8]) -> Bool) -> Column {
        var buffer = StringBuffer(estimatedRows: count, estimatedBytes: count * 12)
        var valid = ValidityBitmap()
        valid.reserveCapacity(count)
        var scratch: [UInt8] = []
        for r in 0..<count {
            scratch.removeAll(keepingCapacity: true)
            let ok = cell(r, &scratch)
            if ok { scratch.withUnsafeBufferPointer { buffer.append($0) } } else { buffer.appendEmpty() }
            valid.append(ok)
        }
        return Column.text(name: name, buffer, validity: valid)
    }
}
