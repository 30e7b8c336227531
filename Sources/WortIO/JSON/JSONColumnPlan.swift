import WortCore

/// What the first pass learned about one column.
struct JSONColumnStats {
    /// Bit `1 << kind.rawValue` for every non-null kind seen.
    var kinds: UInt8 = 0
    /// Text evidence over the column's string values (kept only while all values are strings).
    var evidence = TypeEvidence()

    static let stringBit: UInt8 = 1 << JSONValueKind.string.rawValue
    static let intBit: UInt8 = 1 << JSONValueKind.int.rawValue
    static let numberBit: UInt8 = 1 << JSONValueKind.number.rawValue
    static let boolBit: UInt8 = 1 << JSONValueKind.bool.rawValue
    static let nestedBit: UInt8 = 1 << JSONValueKind.nested.rawValue
}

/// How the second pass turns a column's JSON values into a `Column`.
enum JSONColumnPlan: Equatable {
    case int64
    case double
    case bool
    /// Text through `ColumnBuilder`: strings as decoded text, anything else as its JSON text.
    case text(DataType, DateOrder, NullTokens)

    /// The type rules: JSON integers fitting Int64 → int64; numbers → double; booleans →
    /// bool; strings → text inference (`TypeEvidence`); all null → string; a mix of
    /// kinds, arrays and `{}` → string holding the JSON text of the non-strings.
    /// With `allStrings` every value is text (numbers in their exact source spelling) and
    /// no null tokens apply; JSON `null` is always null.
    init(stats: JSONColumnStats, options: ReadOptions) {
        if options.allStrings { self = .text(.string, .monthFirst, .none); return }
        switch stats.kinds {
        case JSONColumnStats.intBit: self = .int64
        case JSONColumnStats.numberBit, JSONColumnStats.intBit | JSONColumnStats.numberBit: self = .double
        case JSONColumnStats.boolBit: self = .bool
        case JSONColumnStats.stringBit:
            let inferred = stats.evidence.infer(threshold: options.inferenceThreshold)
            self = .text(inferred.type, inferred.dateOrder, options.nullTokens)
        default: self = .text(.string, .monthFirst, options.nullTokens)
        }
    }

    var type: DataType {
        switch self {
        case .int64: .int64
        case .double: .double
        case .bool: .bool
        case .text(let t, _, _): t
        }
    }
}

/// Collects one column of a batch in the second pass.
struct JSONColumnAccumulator {
    let name: String
    let plan: JSONColumnPlan
    private var ints: [Int64] = []
    private var doubles: [Double] = []
    private var bools: [Bool] = []
    private var validity = ValidityBitmap()
    private var invalid: [InvalidCell] = []
    private var builder: ColumnBuilder?
    private var rows = 0
    private enum Mode { case int64, double, bool, text }
    private let mode: Mode

    init(name: String, plan: JSONColumnPlan, capacity: Int) {
        self.name = name
        self.plan = plan
        switch plan {
        case .int64: mode = .int64
        case .double: mode = .double
        case .bool: mode = .bool
        case .text: mode = .text
        }
        switch plan {
        case .int64: ints.reserveCapacity(capacity); validity.reserveCapacity(capacity)
        case .double: doubles.reserveCapacity(capacity); validity.reserveCapacity(capacity)
        case .bool: bools.reserveCapacity(capacity); validity.reserveCapacity(capacity)
        case .text(let type, let order, let nulls):
            builder = ColumnBuilder(name: name, type: type, dateOrder: order, nullTokens: nulls, capacity: capacity)
        }
    }

    @inline(__always)
    mutating func appendNull() {
        switch mode {
        case .int64: ints.append(0); validity.append(false)
        case .double: doubles.append(0); validity.append(false)
        case .bool: bools.append(false); validity.append(false)
        case .text: builder!.appendNull()
        }
        rows += 1
    }

    /// Appends a value of the current row: its kind, its Int64 (`.int`; 1/0 for `.bool`)
    /// and its bytes (see `JSONRowParser.withScratch`).
    @inline(__always)
    mutating func append(kind: JSONValueKind, int: Int64, bytes: UnsafeBufferPointer<UInt8>) {
        if kind == .null { appendNull(); return }
        switch mode {
        case .int64:
            if kind == .int { ints.append(int); validity.append(true) } else { appendInvalid(kind, int, bytes) }
        case .double:
            if kind == .int {
                doubles.append(Double(int)); validity.append(true)
            } else if kind == .number {
                doubles.append(JSONNumber.double(bytes)); validity.append(true)
            } else { appendInvalid(kind, int, bytes) }
        case .bool:
            if kind == .bool { bools.append(int != 0); validity.append(true) } else { appendInvalid(kind, int, bytes) }
        case .text:
            if kind == .bool {
                let word: StaticString = int != 0 ? "true" : "false"
                builder!.append(UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount))
            } else {
                builder!.append(bytes)
            }
        }
        rows += 1
    }

    /// A value of an unexpected kind (only when the input changed between the passes):
    /// kept as an invalid cell holding its JSON text, never dropped.
    private mutating func appendInvalid(_ kind: JSONValueKind, _ int: Int64, _ bytes: UnsafeBufferPointer<UInt8>) {
        let text = kind == .bool ? (int != 0 ? "true" : "false") : String(decoding: bytes, as: UTF8.self)
        invalid.append(InvalidCell(row: rows, text: text))
        switch mode {
        case .int64: ints.append(0)
        case .double: doubles.append(0)
        case .bool: bools.append(false)
        case .text: break
        }
        validity.append(false)
    }

    func finish() -> Column {
        switch mode {
        case .int64: Column(name: name, type: .int64, values: .int64(ints), validity: validity, invalid: invalid)
        case .double: Column(name: name, type: .double, values: .double(doubles), validity: validity, invalid: invalid)
        case .bool: Column(name: name, type: .bool, values: .bool(bools), validity: validity, invalid: invalid)
        case .text: builder!.finish()
        }
    }
}
