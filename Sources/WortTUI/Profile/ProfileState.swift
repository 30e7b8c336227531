import WortProfile

/// Profiles of the data on screen, each tied to the `AppState.dataVersion` it was
/// computed for, so a profile of older data is never shown as the current one.
public struct ProfileState: Sendable {
    /// Columns the detectors flagged in `data`, from the background dataset profile; nil
    /// until known for the current version.
    public var sensitive: [SensitiveColumn]?
    /// The whole dataset's profile and the data version it describes.
    public var dataset: DatasetProfile?
    public var datasetVersion: Int?
    public var datasetJob: JobID?
    /// Single columns profiled on demand (the panel opened before the dataset profile was
    /// ready), by name, for `columnsVersion`.
    public var columns: [String: ColumnProfile] = [:]
    public var columnsVersion: Int?
    public var columnJobs: [String: JobID] = [:]
    /// On big data the panel first shows a profile of the first rows (by name, for
    /// `columnsVersion`) while the full one is computed; how many rows it covers.
    public var firstRows: [String: ColumnProfile] = [:]
    public var firstRowsJobs: [String: JobID] = [:]
    public static let firstRowsCount = 200_000

    public init() {}

    /// A profile of the first rows of column `name`, while the full one is not there.
    public func firstRowsOnly(_ name: String, version: Int) -> ColumnProfile? {
        column(name, version: version) == nil && columnsVersion == version ? firstRows[name] : nil
    }

    /// What is known of column `name` for data version `version`.
    public func column(_ name: String, version: Int) -> ColumnProfile? {
        if datasetVersion == version, let p = dataset?.columns.first(where: { $0.name == name }) { return p }
        if columnsVersion == version { return columns[name] }
        return nil
    }
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
