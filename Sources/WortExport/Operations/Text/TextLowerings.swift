/// Text, date and arithmetic steps with a lowering.
enum TextLowerings {
    static let all: [any StepLowering.Type] = [
        UpperCaseLowering.self, LowerCaseLowering.self,
    ]
    static let conditionAware: Set<String> = []
}
