/// Sensitive-data steps with a lowering.
enum SensitiveLowerings {
    static let all: [any StepLowering.Type] = [
        CryptographicHashLowering.self, MaskRangeLowering.self, MaskCustomLowering.self, MaskDelimiterLowering.self,
        MaskDateLowering.self, ReplaceWithRandomBetweenLowering.self, ReplaceWithRandomDateBetweenLowering.self,
        ShuffleRowsLowering.self,
    ]
    static let conditionAware: Set<String> = []
}
