/// Every operation exports know, by DataBrew name: the one place a lowering is registered,
/// and the one list of operations that are deliberately not exported, with the reason.
public struct ExportLowerings: Sendable {
    private let byName: [String: any StepLowering.Type]
    /// Lowerings that apply the step's `ConditionExpressions` themselves.
    private let conditionAware: Set<String>

    public init(_ lowerings: [any StepLowering.Type], conditionAware: Set<String>) {
        var m: [String: any StepLowering.Type] = [:]
        for l in lowerings { m[l.operation] = l }
        byName = m
        self.conditionAware = conditionAware
    }

    public func lowering(for operation: String) -> (any StepLowering.Type)? { byName[operation] }
    public func handlesConditions(_ operation: String) -> Bool { conditionAware.contains(operation) }
    public var operations: [String] { byName.keys.sorted() }

    /// Why an operation has no lowering.
    public func reasonNotExported(_ operation: String) -> String {
        Self.notExportable[operation] ?? "\(operation) has no SQL form in wort's exporter yet; `wort run` runs it"
    }

    /// Operations that cannot be exported faithfully, and why.
    public static let notExportable: [String: String] = commonRefusals.merging(DataScienceLowerings.notExportable) { a, _ in a }

    private static let commonRefusals: [String: String] = [
        "DETERMINISTIC_ENCRYPT": "AES-GCM-SIV exists in neither Spark nor DuckDB, and a substitute would give different ciphertext",
        "DETERMINISTIC_DECRYPT": "AES-GCM-SIV exists in neither Spark nor DuckDB",
        "ONE_HOT_ENCODING": "its output columns come from the data's values, which an export cannot know",
        "PIVOT": "its output columns come from the data's values, which an export cannot know",
    ]

    public static let standard = ExportLowerings(StandardLowerings.all, conditionAware: StandardLowerings.conditionAware)
}
