/// Column steps with a lowering.
enum ColumnLowerings {
    static let all: [any StepLowering.Type] = [
        RenameLowering.self, DuplicateLowering.self, DeleteLowering.self,
        MoveToStartLowering.self, MoveToEndLowering.self, MoveBeforeLowering.self, MoveAfterLowering.self, MoveToIndexLowering.self,
        ChangeDataTypeLowering.self, MergeLowering.self,
        SplitColumnSingleDelimiterLowering.self, SplitColumnMultipleDelimiterLowering.self,
    ]
    static let conditionAware: Set<String> = []
}
