/// The lowerings of every exportable operation: the one place they are registered.
enum StandardLowerings {
    static let all: [any StepLowering.Type] = [
        // Columns
        RenameLowering.self, DuplicateLowering.self, DeleteLowering.self,
        MoveToStartLowering.self, MoveToEndLowering.self, MoveBeforeLowering.self, MoveAfterLowering.self, MoveToIndexLowering.self,
        // Rows
        RemoveValuesLowering.self,
        // Text
        UpperCaseLowering.self, LowerCaseLowering.self,
        // Sensitive
        CryptographicHashLowering.self, MaskRangeLowering.self,
        // Structure
        JoinLowering.self,
    ]

    /// Operations whose lowering applies the step's conditions itself.
    static let conditionAware: Set<String> = ["REMOVE_VALUES"]
}
