import WortCore

/// A compiled `ConditionExpression`: a test of one column's cells. Null cells match only
/// IS_MISSING (as in SQL, where a comparison with NULL is never true), so a step never
/// acts on a row because of a value that is not there.
struct RowCondition: Sendable {
    enum Test: Sendable {
        case isIn(CellSet)
        case notIn(CellSet)
        case between(Comparand, Comparand)
        case contains([UInt8]), notContains([UInt8])
        case startsWith([UInt8]), notStartsWith([UInt8])
        case endsWith([UInt8]), notEndsWith([UInt8])
        case less(Comparand), lessOrEqual(Comparand), greater(Comparand), greaterOrEqual(Comparand)
        /// Cells whose text is not a value of the type (nil: the column's own type).
        case invalid(DataType?)
        case missing
    }

    let column: Int
    let test: Test

    /// ANDs this condition into `mask` (one entry per row of `table`).
    func apply(to table: Table, mask: inout [Bool]) {
        let col = table.columns[column]
        var scratch: [UInt8] = []
        for row in 0..<table.rowCount where mask[row] {
            mask[row] = matches(col, row, &scratch)
        }
    }

    private func matches(_ col: Column, _ row: Int, _ scratch: inout [UInt8]) -> Bool {
        switch test {
        case .missing:
            if col.isNull(row) { return col.invalidText(at: row) == nil }
            if case .string(let s) = col.values { return s.byteCount(at: row) == 0 }
            return false
        case .invalid(let type):
            if let type, type != col.type {
                scratch.removeAll(keepingCapacity: true)
                guard col.appendText(row: row, to: &scratch), !scratch.isEmpty else { return false }
                return !scratch.withUnsafeBufferPointer { TypeCheck.fits($0, type) }
            }
            return col.invalidText(at: row) != nil
        default:
            break
        }
        guard !col.isNull(row) else { return false }
        scratch.removeAll(keepingCapacity: true)
        col.appendText(row: row, to: &scratch)
        switch test {
        case .isIn(let set): return set.contains(col, row, scratch)
        case .notIn(let set): return !set.contains(col, row, scratch)
        case .between(let lo, let hi):
            guard let a = lo.compare(col, row, scratch), let b = hi.compare(col, row, scratch) else { return false }
            return a >= 0 && b <= 0
        case .contains(let t): return Bytes.find(t, in: scratch) != nil
        case .notContains(let t): return Bytes.find(t, in: scratch) == nil
        case .startsWith(let t): return scratch.starts(with: t)
        case .notStartsWith(let t): return !scratch.starts(with: t)
        case .endsWith(let t): return scratch.count >= t.count && scratch.suffix(t.count).elementsEqual(t)
        case .notEndsWith(let t): return !(scratch.count >= t.count && scratch.suffix(t.count).elementsEqual(t))
        case .less(let c): return c.compare(col, row, scratch).map { $0 < 0 } ?? false
        case .lessOrEqual(let c): return c.compare(col, row, scratch).map { $0 <= 0 } ?? false
        case .greater(let c): return c.compare(col, row, scratch).map { $0 > 0 } ?? false
        case .greaterOrEqual(let c): return c.compare(col, row, scratch).map { $0 >= 0 } ?? false
        case .missing, .invalid: return false
        }
    }
}

/// A condition's value to compare cells with: as a number when it is one (and the cell
/// is one), as a date or timestamp for such columns, else as text (byte order).
struct Comparand: Sendable {
    let text: [UInt8]
    let number: Double?
    let date: Int32?
    let timestamp: Int64?

    init(_ value: String) {
        text = Array(value.utf8)
        number = ValueParser.double(value)
        date = ValueParser.date(value, order: .monthFirst)
        timestamp = ValueParser.timestamp(value, order: .monthFirst)
    }

    /// The sign of cell − value, or nil when they cannot be compared.
    func compare(_ col: Column, _ row: Int, _ cellText: [UInt8]) -> Int? {
        switch col.values {
        case .date(let v):
            guard let d = date else { return nil }
            return v[row] < d ? -1 : (v[row] > d ? 1 : 0)
        case .timestamp(let v):
            guard let t = timestamp ?? date.map({ Int64($0) * 86_400_000_000 }) else { return nil }
            return v[row] < t ? -1 : (v[row] > t ? 1 : 0)
        case .int64, .double, .decimal:
            guard let n = number, let x = cellText.withUnsafeBufferPointer({ ValueParser.double($0) }) else { return nil }
            return x < n ? -1 : (x > n ? 1 : 0)
        default:
            if let n = number, let x = cellText.withUnsafeBufferPointer({ ValueParser.double($0) }) {
                return x < n ? -1 : (x > n ? 1 : 0)
            }
            return cellText.lexicographicallyPrecedes(text) ? -1 : (cellText == text ? 0 : 1)
        }
    }
}

/// The values of IS / IS_NOT: equal as text, or as numbers when both are numbers
/// (so `"3"` matches a double 3.0).
struct CellSet: Sendable {
    let texts: Set<[UInt8]>
    let numbers: Set<Double>

    init(_ values: [String]) {
        texts = Set(values.map { Array($0.utf8) })
        numbers = Set(values.compactMap { ValueParser.double($0) })
    }

    func contains(_ col: Column, _ row: Int, _ cellText: [UInt8]) -> Bool {
        if texts.contains(cellText) { return true }
        switch col.values {
        case .int64, .double, .decimal:
            guard !numbers.isEmpty, let x = cellText.withUnsafeBufferPointer({ ValueParser.double($0) }) else { return false }
            return numbers.contains(x)
        default: return false
        }
    }
}

enum Bytes {
    /// The first offset of `needle` in `hay`.
    static func find(_ needle: [UInt8], in hay: [UInt8]) -> Int? {
        if needle.isEmpty { return 0 }
        guard hay.count >= needle.count else { return nil }
        let first = needle[0]
        var i = 0
        while i <= hay.count - needle.count {
            if hay[i] == first && hay[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}

/// Whether a text is a value of a type (for IS_INVALID with a named type).
enum TypeCheck {
    static func fits(_ b: UnsafeBufferPointer<UInt8>, _ type: DataType) -> Bool {
        switch type {
        case .string: return true
        case .int64: return ValueParser.int64(b) != nil
        case .double: return ValueParser.double(b) != nil
        case .decimal(_, let s): return ValueParser.decimal(b, scale: s) != nil
        case .bool: return ValueParser.bool(b) != nil
        case .date: return ValueParser.date(b, order: .monthFirst) != nil
        case .timestamp: return ValueParser.timestamp(b, order: .monthFirst) != nil
        }
    }
}
