/// Structure steps (JOIN, UNION, GROUP_BY, SORT, ...) with a lowering.
enum StructureLowerings {
    static let all: [any StepLowering.Type] = [
        JoinLowering.self, UnionLowering.self, SortLowering.self, GroupByLowering.self,
    ]
    static let conditionAware: Set<String> = []
}
