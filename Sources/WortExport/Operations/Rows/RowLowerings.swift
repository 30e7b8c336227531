/// Row and data-quality steps with a lowering.
enum RowLowerings {
    static let all: [any StepLowering.Type] = [
        RemoveValuesLowering.self,
    ]
    static let conditionAware: Set<String> = ["REMOVE_VALUES"]
}
