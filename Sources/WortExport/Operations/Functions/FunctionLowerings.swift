/// Function steps (date parts, casts, affixes, flags, ...) with a lowering.
enum FunctionLowerings {
    static let all: [any StepLowering.Type] = []
    static let conditionAware: Set<String> = []
}
