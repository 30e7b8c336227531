import WortCore

/// Everything the profile says about one column.
public struct ColumnProfile: Sendable {
    public var name: String
    public var type: DataType
    public var rows = 0
    /// Null and empty cells.
    public var missingValuesCount = 0
    /// Non-null cells whose text does not fit the inferred type.
    public var invalidCount = 0
    public var distinctValuesCount = 0
    /// Values occurring exactly once; nil when the column was sketched.
    public var uniqueValuesCount: Int?
    /// Shannon entropy of the value frequencies, natural log (DataBrew's scale); nil when sketched.
    public var entropy: Double?
    public var mostCommonValues: [ValueCount] = []
    public var minimumValues: [ValueCount] = []
    public var maximumValues: [ValueCount] = []
    /// Numbers: over the values; strings: over lengths in characters; dates: days since 1970.
    public var numbers: NumberSummary?
    /// Character-class patterns ("Aaaa", "999-99-9999") with counts, most frequent first.
    public var patterns: [ValueCount] = []
    public var distinctPatternsCount = 0
    /// Dates and timestamps: earliest, latest and a histogram over time.
    public var temporal: TemporalSummary?
    public var entity: ColumnEntityResult?
    /// Pearson's r with the other numeric columns, by name.
    public var correlations: [(name: String, r: Double)] = []
    public var sketches: [SketchNote] = []

    public init(name: String, type: DataType) { self.name = name; self.type = type }

    /// Raw values of a sensitive column never appear in a report.
    public var isSensitive: Bool { entity != nil }
    public var isNumeric: Bool {
        switch type { case .int64, .double, .decimal: true; default: false }
    }
    public var isTemporal: Bool { type == .date || type == .timestamp }
}
