/// Sensitive-data steps with a lowering.
enum SensitiveLowerings {
    static let all: [any StepLowering.Type] = [
        CryptographicHashLowering.self, MaskRangeLowering.self,
    ]
    static let conditionAware: Set<String> = []
}
