import WortCore

/// What the first pass learned about one column.
struct XLSXColumnStats {
    /// Bits of `Kind` for every kind of value seen.
    var kinds: UInt16 = 0
    /// Evidence over text cells (strings and error values) for text inference.
    var evidence = TypeEvidence()
    /// Date cells that are no date (serial 60 of the 1900 system, out of range).
    var invalidDates = 0

    enum Kind: UInt16 {
        case int = 1, fraction = 2, wholeDate = 4, dateTime = 8, time = 16, text = 32, bool = 64, error = 128
    }

    static let numberBits = Kind.int.rawValue | Kind.fraction.rawValue
    static let dateBits = Kind.wholeDate.rawValue | Kind.dateTime.rawValue
    static let textBits = Kind.text.rawValue | Kind.error.rawValue

    mutating func merge(_ o: XLSXColumnStats) {
        kinds |= o.kinds
        evidence.merge(o.evidence)
        invalidDates += o.invalidDates
    }
}

extension XLSXSheetReader {
    /// Adds the current row's cells to `stats` (grown to the row's width).
    func observe(into stats: inout [XLSXColumnStats], nullTokens: NullTokens, date1904: Bool) {
        guard let last = cells.last else { return }
        if stats.count <= last.column {
            stats.append(contentsOf: repeatElement(XLSXColumnStats(), count: last.column + 1 - stats.count))
        }
        for cell in cells {
            let c = cell.column
            switch cell.kind {
            case .number:
                stats[c].kinds |= (cell.isInt ? XLSXColumnStats.Kind.int : .fraction).rawValue
            case .date:
                switch XLSXDates.convert(cell.number, date1904: date1904) {
                case .date(_, let millis):
                    stats[c].kinds |= (millis == 0 ? XLSXColumnStats.Kind.wholeDate : .dateTime).rawValue
                case .invalid:
                    stats[c].invalidDates += 1
                    stats[c].kinds |= XLSXColumnStats.Kind.wholeDate.rawValue
                }
            case .time: stats[c].kinds |= XLSXColumnStats.Kind.time.rawValue
            case .bool: stats[c].kinds |= XLSXColumnStats.Kind.bool.rawValue
            case .text, .shared, .error:
                stats[c].kinds |= (cell.kind == .error ? XLSXColumnStats.Kind.error : .text).rawValue
                withText(cell) { stats[c].evidence.observe($0, nullTokens: nullTokens) }
            }
        }
    }
}

/// How the second pass turns a column's cells into a `Column`.
enum XLSXColumnPlan: Equatable {
    case int64
    case double
    case bool
    case date
    case timestamp
    /// Text through `ColumnBuilder`: text cells as they are, other cells as their text.
    case text(DataType, DateOrder, NullTokens)

    /// The type rules: only numbers → int64 when all are whole (within Int64), else
    /// double; only date-formatted numbers → date when all are whole days, else
    /// timestamp; only booleans → bool; only text (and error values) → text inference
    /// as for CSV; all empty → string; anything mixed (numbers and text, numbers and
    /// dates, times) → string with each value written as text. `allStrings`: all text.
    init(stats: XLSXColumnStats, options: ReadOptions) {
        if options.allStrings { self = .text(.string, .monthFirst, .none); return }
        let k = stats.kinds
        let textual = XLSXColumnPlan.text(.string, .monthFirst, options.nullTokens)
        if k == 0 { self = textual; return }
        if k & ~XLSXColumnStats.numberBits == 0 {
            self = k & XLSXColumnStats.Kind.fraction.rawValue != 0 ? .double : .int64
        } else if k & ~XLSXColumnStats.dateBits == 0 {
            if options.keepInvalidAsText && stats.invalidDates > 0 { self = textual; return }
            self = k & XLSXColumnStats.Kind.dateTime.rawValue != 0 ? .timestamp : .date
        } else if k == XLSXColumnStats.Kind.bool.rawValue {
            self = .bool
        } else if k & ~XLSXColumnStats.textBits == 0 {
            let t = stats.evidence.infer(threshold: options.inferenceThreshold)
            if options.keepInvalidAsText && stats.evidence.invalidCount(for: t) > 0 { self = textual; return }
            self = .text(t.type, t.dateOrder, options.nullTokens)
        } else {
            self = textual
        }
    }

    var type: DataType {
        switch self {
        case .int64: .int64
        case .double: .double
        case .bool: .bool
        case .date: .date
        case .timestamp: .timestamp
        case .text(let t, _, _): t
        }
    }
}

/// Collects one column of a batch in the second pass.
struct XLSXColumnAccumulator {
    let name: String
    let plan: XLSXColumnPlan
    private let date1904: Bool
    private var ints: [Int64] = []
    private var doubles: [Double] = []
    private var bools: [Bool] = []
    private var dates: [Int32] = []
    private var validity = ValidityBitmap()
    private var invalid: [InvalidCell] = []
    private var builder: ColumnBuilder?
    private var text: [UInt8] = []

    init(name: String, plan: XLSXColumnPlan, date1904: Bool, capacity: Int) {
        self.name = name
        self.plan = plan
        self.date1904 = date1904
        switch plan {
        case .int64, .timestamp: ints.reserveCapacity(capacity)
        case .double: doubles.reserveCapacity(capacity)
        case .bool: bools.reserveCapacity(capacity)
        case .date: dates.reserveCapacity(capacity)
        case .text(let type, let order, let nulls):
            builder = ColumnBuilder(name: name, type: type, dateOrder: order, nullTokens: nulls, capacity: capacity)
        }
        if builder == nil { validity.reserveCapacity(capacity) }
    }

    mutating func appendNull() {
        switch plan {
        case .int64, .timestamp: ints.append(0)
        case .double: doubles.append(0)
        case .bool: bools.append(false)
        case .date: dates.append(0)
        case .text: builder!.appendNull(); return
        }
        validity.append(false)
    }

    /// Appends a cell; `bytes` is its text for `.text`, `.shared` and `.error` cells.
    mutating func append(_ cell: XLSXCell, bytes: UnsafeBufferPointer<UInt8>) {
        switch plan {
        case .int64:
            if cell.kind == .number && cell.isInt { ints.append(cell.int); validity.append(true) } else { appendInvalid(cell, bytes) }
        case .double:
            if cell.kind == .number { doubles.append(cell.number); validity.append(true) } else { appendInvalid(cell, bytes) }
        case .bool:
            if cell.kind == .bool { bools.append(cell.int != 0); validity.append(true) } else { appendInvalid(cell, bytes) }
        case .date, .timestamp:
            guard cell.kind == .date, case .date(let days, let millis) = XLSXDates.convert(cell.number, date1904: date1904),
                  plan == .timestamp || millis == 0 else { return appendInvalid(cell, bytes) }
            if plan == .date { dates.append(days) } else { ints.append(Int64(days) * 86_400_000_000 + millis * 1000) }
            validity.append(true)
        case .text:
            switch cell.kind {
            case .text, .shared, .error: builder!.append(bytes)
            default:
                text.removeAll(keepingCapacity: true)
                appendText(cell, to: &text)
                text.withUnsafeBufferPointer { builder!.append($0) }
            }
        }
    }

    /// A cell of another kind than the plan's (only when a date does not exist, such as
    /// serial 60, or the file changed between the passes): null, its text kept.
    private mutating func appendInvalid(_ cell: XLSXCell, _ bytes: UnsafeBufferPointer<UInt8>) {
        let row = validity.count
        switch cell.kind {
        case .text, .shared, .error:
            invalid.append(InvalidCell(row: row, text: String(decoding: bytes, as: UTF8.self)))
        default:
            var out: [UInt8] = []
            appendText(cell, to: &out)
            invalid.append(InvalidCell(row: row, text: String(decoding: out, as: UTF8.self)))
        }
        appendNull()
    }

    /// The text of a non-text cell.
    private func appendText(_ cell: XLSXCell, to out: inout [UInt8]) {
        switch cell.kind {
        case .number: XLSXValueText.appendNumber(cell.number, to: &out)
        case .date: XLSXValueText.appendDate(cell.number, date1904: date1904, to: &out)
        case .time: XLSXDates.appendTime(cell.number, to: &out)
        case .bool: ValueFormatter.append(bool: cell.int != 0, to: &out)
        case .text, .shared, .error: break
        }
    }

    /// The text of a cell (for header names and tests).
    static func text(of cell: XLSXCell, bytes: UnsafeBufferPointer<UInt8>, date1904: Bool) -> String {
        var out: [UInt8] = []
        switch cell.kind {
        case .text, .shared, .error: out.append(contentsOf: bytes)
        case .number: XLSXValueText.appendNumber(cell.number, to: &out)
        case .date: XLSXValueText.appendDate(cell.number, date1904: date1904, to: &out)
        case .time: XLSXDates.appendTime(cell.number, to: &out)
        case .bool: ValueFormatter.append(bool: cell.int != 0, to: &out)
        }
        return String(decoding: out, as: UTF8.self)
    }

    func finish() -> Column {
        switch plan {
        case .int64: Column(name: name, type: .int64, values: .int64(ints), validity: validity, invalid: invalid)
        case .double: Column(name: name, type: .double, values: .double(doubles), validity: validity, invalid: invalid)
        case .bool: Column(name: name, type: .bool, values: .bool(bools), validity: validity, invalid: invalid)
        case .date: Column(name: name, type: .date, values: .date(dates), validity: validity, invalid: invalid)
        case .timestamp: Column(name: name, type: .timestamp, values: .timestamp(ints), validity: validity, invalid: invalid)
        case .text: builder!.finish()
        }
    }
}
