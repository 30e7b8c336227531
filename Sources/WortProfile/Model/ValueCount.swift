/// A value and how many rows hold it.
public struct ValueCount: Sendable, Equatable {
    public var value: ProfileValue
    public var count: Int
    public init(value: ProfileValue, count: Int) { self.value = value; self.count = count }
}
