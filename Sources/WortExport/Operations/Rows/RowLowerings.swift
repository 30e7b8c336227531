/// Row and data-quality steps with a lowering.
enum RowLowerings {
    static let all: [any StepLowering.Type] = [
        RemoveValuesLowering.self, RemoveMissingLowering.self,
        DeleteDuplicateRowsLowering.self, RemoveDuplicatesLowering.self,
        FillWithCustomLowering.self, FillWithEmptyLowering.self, FillWithNullLowering.self,
        FillWithAverageLowering.self, FillWithSumLowering.self, FillWithMedianLowering.self,
        FillWithModeLowering.self, FillWithMostFrequentLowering.self, FillWithLastValidLowering.self,
        FlagOutliersLowering.self, RemoveOutliersLowering.self,
    ]
    static let conditionAware: Set<String> = ["REMOVE_VALUES"]
}
