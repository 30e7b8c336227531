/// The type inference chose for a column, and how to read its dates.
public struct InferredType: Sendable, Equatable {
    public var type: DataType
    public var dateOrder: DateOrder
    public init(type: DataType, dateOrder: DateOrder = .monthFirst) { self.type = type; self.dateOrder = dateOrder }
}
