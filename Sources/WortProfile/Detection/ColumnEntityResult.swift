/// What a column holds, when it is flagged as sensitive.
public struct ColumnEntityResult: Sendable, Equatable {
    public var entity: EntityType
    /// Non-null values that match `entity`.
    public var matchedRows: Int
    /// Non-null values checked against `entity`: the basis of `share`. Every non-null
    /// value of the column (a detector that survives the first rows counts them all).
    public var checkedRows: Int
    /// matchedRows / checkedRows.
    public var share: Double
    /// 0...1: the share, how much one match proves (a check digit more than a shape),
    /// and whether the column name agrees.
    public var confidence: Double
    /// Up to three matching values, masked.
    public var maskedExamples: [String]

    public init(entity: EntityType, matchedRows: Int, checkedRows: Int, share: Double, confidence: Double, maskedExamples: [String]) {
        self.entity = entity; self.matchedRows = matchedRows; self.checkedRows = checkedRows
        self.share = share; self.confidence = confidence; self.maskedExamples = maskedExamples
    }
}
