// STUB until the values work lands: signatures only.
public struct InferredType: Sendable, Equatable {
    public var type: DataType
    public var dateOrder: DateOrder
    public init(type: DataType, dateOrder: DateOrder = .monthFirst) { self.type = type; self.dateOrder = dateOrder }
}

/// Counts, over every value of a column, which types each value fits.
public struct TypeEvidence: Sendable, Equatable {
    public private(set) var nonNullCount = 0
    public private(set) var nullCount = 0
    public init() {}
    public mutating func observe(_ bytes: UnsafeBufferPointer<UInt8>, nullTokens: NullTokens) {
        if nullTokens.contains(bytes) { nullCount += 1 } else { nonNullCount += 1 }
    }
    public mutating func merge(_ other: TypeEvidence) {
        nonNullCount += other.nonNullCount; nullCount += other.nullCount
    }
    public func infer(threshold: Double = 0.95) -> InferredType { InferredType(type: .string) }
}
extension TypeEvidence {
    public func invalidCount(for t: InferredType) -> Int { 0 }  // STUB
}
