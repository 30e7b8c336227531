/// Data-science steps (invalid values, binning, CASE_OPERATION, UNPIVOT, ...) with a lowering.
enum DataScienceLowerings {
    static let all: [any StepLowering.Type] = []
    static let conditionAware: Set<String> = []
}
