/// Profiles of the data on screen. (stub: helper-profile fills this in)
public struct ProfileState: Sendable {
    /// Columns the detectors flagged in `data`, computed in the background after each
    /// change of the data; nil until known for the current `AppState.dataVersion`.
    public var sensitive: [SensitiveColumn]?
    public init() {}
}

/// A column whose values match a sensitive entity type often enough to flag it.
public struct SensitiveColumn: Sendable, Equatable {
    public var column: String
    /// DataBrew's entity name (EMAIL, PHONE_NUMBER, ...).
    public var entity: String
    /// Share of non-null values that match, 0...1.
    public var share: Double
    public init(column: String, entity: String, share: Double) {
        self.column = column; self.entity = entity; self.share = share
    }
}
