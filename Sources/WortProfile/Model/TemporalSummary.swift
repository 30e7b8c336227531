/// The span of a date or timestamp column and how its values spread over it.
public struct TemporalSummary: Sendable {
    public var min: String
    public var max: String
    /// Buckets over time, labels as dates or timestamps.
    public var buckets: [(low: String, high: String, count: Int)]
}
