/// Builds one column of a batch from field texts, converting each to `type`.
///
/// A text that does not convert makes the row null and is kept, as it was, in the
/// column's `invalid` list. Strings keep their bytes untrimmed.
public struct ColumnBuilder: Sendable {
    public let name: String
    public let type: DataType
    public let dateOrder: DateOrder
    private let nullTokens: NullTokens
    private let kind: Kind
    private let scale: Int
    private var validity = ValidityBitmap()
    private var strings = StringBuffer()
    private var int64s: [Int64] = []     // int64, decimal, timestamp
    private var doubles: [Double] = []
    private var bools: [Bool] = []
    private var dates: [Int32] = []
    private var invalid: [InvalidCell] = []

    private enum Kind: UInt8, Sendable { case string, int64, double, decimal, bool, date, timestamp }

    public init(name: String, type: DataType, dateOrder: DateOrder = .monthFirst, nullTokens: NullTokens, capacity: Int = 0) {
        self.name = name; self.type = type; self.dateOrder = dateOrder; self.nullTokens = nullTokens
        validity.reserveCapacity(capacity)
        var scale = 0
        switch type {
        case .string:
            kind = .string
            strings = StringBuffer(estimatedRows: capacity, estimatedBytes: capacity * 8)
        case .int64: kind = .int64; int64s.reserveCapacity(capacity)
        case .decimal(_, let s): kind = .decimal; scale = s; int64s.reserveCapacity(capacity)
        case .timestamp: kind = .timestamp; int64s.reserveCapacity(capacity)
        case .double: kind = .double; doubles.reserveCapacity(capacity)
        case .bool: kind = .bool; bools.reserveCapacity(capacity)
        case .date: kind = .date; dates.reserveCapacity(capacity)
        }
        self.scale = scale
    }

    /// Rows appended so far.
    public var count: Int { validity.count }

    public mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        if nullTokens.contains(bytes) { appendNull(); return }
        appendValue(bytes)
    }

    /// Appends a text the caller has found not to be a null token.
    public mutating func appendValue(_ bytes: UnsafeBufferPointer<UInt8>) {
        switch kind {
        case .string:
            strings.append(bytes)
        case .int64:
            guard let v = ValueParser.int64(bytes) else { return appendInvalid(bytes) }
            int64s.append(v)
        case .decimal:
            guard let v = ValueParser.decimal(bytes, scale: scale) else { return appendInvalid(bytes) }
            int64s.append(v)
        case .timestamp:
            guard let v = ValueParser.timestamp(bytes, order: dateOrder) else { return appendInvalid(bytes) }
            int64s.append(v)
        case .double:
            guard let v = ValueParser.double(bytes) else { return appendInvalid(bytes) }
            doubles.append(v)
        case .bool:
            guard let v = ValueParser.bool(bytes) else { return appendInvalid(bytes) }
            bools.append(v)
        case .date:
            guard let v = ValueParser.date(bytes, order: dateOrder) else { return appendInvalid(bytes) }
            dates.append(v)
        }
        validity.append(true)
    }

    /// Appends a null row.
    public mutating func appendNull() {
        switch kind {
        case .string: strings.appendEmpty()
        case .int64, .decimal, .timestamp: int64s.append(0)
        case .double: doubles.append(0)
        case .bool: bools.append(false)
        case .date: dates.append(0)
        }
        validity.append(false)
    }

    private mutating func appendInvalid(_ bytes: UnsafeBufferPointer<UInt8>) {
        invalid.append(InvalidCell(row: validity.count, text: String(decoding: bytes, as: UTF8.self)))
        appendNull()
    }

    public func finish() -> Column {
        let values: ColumnValues = switch kind {
        case .string: .string(strings)
        case .int64: .int64(int64s)
        case .decimal: .decimal(int64s)
        case .timestamp: .timestamp(int64s)
        case .double: .double(doubles)
        case .bool: .bool(bools)
        case .date: .date(dates)
        }
        return Column(name: name, type: type, values: values, validity: validity, invalid: invalid)
    }
}
