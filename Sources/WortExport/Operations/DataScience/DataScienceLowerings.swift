/// Data-science steps (binning, CASE_OPERATION, UNPIVOT, duplicate flags) with a lowering.
enum DataScienceLowerings {
    static let all: [any StepLowering.Type] = [
        BinarizationLowering.self, BucketizationLowering.self, CaseOperationLowering.self, UnpivotLowering.self,
        FlagDuplicateRowsLowering.self, FlagDuplicatesInColumnLowering.self,
    ]
    static let conditionAware: Set<String> = []

    /// The invalid-value steps, which cannot be exported (for `ExportLowerings.notExportable`).
    /// They act on the cells whose text did not fit the column's type; an exported program
    /// reads such a cell as NULL and keeps no trace of its text, so it cannot tell an
    /// invalid cell from a missing one.
    static let notExportable: [String: String] = {
        let reason = "it acts on invalid cells (text that does not fit the column's type), which exported programs read as NULL without their text, so they cannot tell them from missing values; `wort run` runs it"
        return Dictionary(uniqueKeysWithValues: ["REMOVE_INVALID", "REPLACE_WITH_AVERAGE", "REPLACE_WITH_CUSTOM", "REPLACE_WITH_EMPTY",
                                                 "REPLACE_WITH_MEDIAN", "REPLACE_WITH_MODE", "REPLACE_WITH_MOST_FREQUENT",
                                                 "REPLACE_WITH_NULL", "REPLACE_WITH_SUM"].map { ($0, reason) })
    }()
}
