import WortCore

/// Which per-value statistics a column's profile uses, from the type its source
/// declares. A column whose type is inferred needs them all; a declared type makes
/// most of them moot (no type evidence; no text shape for numbers; no numbers or times
/// for text), and skipping them is most of a typed column's per-value work.
struct ColumnNeeds: Sendable {
    /// Type evidence of each value (to infer the type and count invalid values).
    var evidence = true
    /// Lengths and character patterns (reported for text columns).
    var textShape = true
    /// Values read as numbers (moments, quantiles, correlations).
    var numbers = true
    /// Which of those numbers are integers (moments of an integer column).
    var integers = true
    /// Values read as dates and timestamps (the histogram over time).
    var times = true

    init(declared: DataType?) {
        guard let declared else { return }
        evidence = false
        textShape = declared == .string
        integers = declared == .int64
        switch declared {
        case .int64, .double, .decimal: times = false
        case .date, .timestamp: numbers = false
        case .string, .bool: numbers = false; times = false
        }
    }
}
