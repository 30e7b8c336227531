/// A value as a report shows it: JSON numbers for numeric columns, strings otherwise.
public enum ProfileValue: Sendable, Equatable, CustomStringConvertible {
    case int(Int64)
    case double(Double)
    case text(String)
    case bool(Bool)

    public var description: String {
        switch self {
        case .int(let v): String(v)
        case .double(let v): NumberText.format(v)
        case .text(let s): s
        case .bool(let b): b ? "true" : "false"
        }
    }
}

/// A value and how many rows hold it.
public struct ValueCount: Sendable, Equatable {
    public var value: ProfileValue
    public var count: Int
    public init(value: ProfileValue, count: Int) { self.value = value; self.count = count }
}

/// A histogram bucket `[low, high)`; nil ends are open (DataBrew writes "-inf"/"inf").
public struct Bucket: Sendable, Equatable {
    public var low: Double?
    public var high: Double?
    public var count: Int
    public init(low: Double?, high: Double?, count: Int) { self.low = low; self.high = high; self.count = count }
}

/// A value more than three standard deviations from the mean.
public struct Outlier: Sendable, Equatable {
    public var value: ProfileValue
    public var zScore: Double
}

/// Which statistics of a column come from a sketch, which one, and its error.
public struct SketchNote: Sendable, Equatable {
    public var statistics: [String]
    public var method: String
    public var error: String
}
