extension TypeEvidence {
    /// Non-null values that do not fit `t`: the ones a typed read keeps as invalid cells.
    /// Some non-null value fits no type at all, so every type would have invalid values
    /// (a value fits at most one of bool, number, date/timestamp).
    public var someValueFitsNoType: Bool { boolCount + doubleCount + timestamps.total < nonNullCount }

    public func invalidCount(for t: InferredType) -> Int {
        let fitting: Int
        switch t.type {
        case .string: return 0
        case .bool: fitting = boolCount
        case .int64: fitting = int64Count
        case .double: fitting = doubleCount
        case .date: fitting = dates.fitting(t.dateOrder)
        case .timestamp: fitting = timestamps.fitting(t.dateOrder)
        case .decimal: fitting = doubleCount  // not inferred; a decimal override is checked when read
        }
        return nonNullCount - fitting
    }
}
