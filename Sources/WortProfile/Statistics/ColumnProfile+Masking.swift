extension ColumnProfile {
    /// Keeps counts and shapes, never values: the most common values are masked, and
    /// everything that would show a raw value (extremes, numeric figures of a number
    /// column, earliest/latest dates) is left out.
    mutating func maskValues() {
        mostCommonValues = mostCommonValues.map { ValueCount(value: ReportMasking.mask($0.value), count: $0.count) }
        minimumValues = []
        maximumValues = []
        if type != .string { numbers = nil }
        temporal = nil
    }
}
