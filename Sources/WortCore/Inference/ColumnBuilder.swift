// STUB until the values work lands: strings only.
/// Builds one column of a batch from field texts, converting each to `type`.
public struct ColumnBuilder: Sendable {
    public let name: String
    public let type: DataType
    private var strings: StringBuffer
    private var validity = ValidityBitmap()
    private let nullTokens: NullTokens

    public init(name: String, type: DataType, dateOrder: DateOrder = .monthFirst, nullTokens: NullTokens, capacity: Int = 0) {
        self.name = name; self.type = type; self.nullTokens = nullTokens
        strings = StringBuffer(estimatedRows: capacity)
        validity.reserveCapacity(capacity)
    }

    public mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        if nullTokens.contains(bytes) { appendNull(); return }
        strings.append(bytes); validity.append(true)
    }

    public mutating func appendNull() { strings.appendEmpty(); validity.append(false) }

    public func finish() -> Column {
        Column(name: name, type: .string, values: .string(strings), validity: validity)
    }
}
