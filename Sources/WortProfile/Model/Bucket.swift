/// A histogram bucket `[low, high)`; nil ends are open (DataBrew writes "-inf"/"inf").
public struct Bucket: Sendable, Equatable {
    public var low: Double?
    public var high: Double?
    public var count: Int
    public init(low: Double?, high: Double?, count: Int) { self.low = low; self.high = high; self.count = count }
}
