/// Data-science steps (binning, CASE_OPERATION, UNPIVOT, duplicate flags) with a lowering.
///
/// Not lowered: the invalid-value steps (REMOVE_INVALID, REPLACE_WITH_AVERAGE / CUSTOM /
/// EMPTY / MEDIAN / MODE / MOST_FREQUENT / NULL / SUM). They act on the cells whose text
/// did not fit the column's type, which exported programs read as NULL, with no trace of
/// the text: they cannot tell an invalid cell from a missing one.
enum DataScienceLowerings {
    static let all: [any StepLowering.Type] = [
        BinarizationLowering.self, BucketizationLowering.self, CaseOperationLowering.self, UnpivotLowering.self,
        FlagDuplicateRowsLowering.self, FlagDuplicatesInColumnLowering.self,
    ]
    static let conditionAware: Set<String> = []
}
