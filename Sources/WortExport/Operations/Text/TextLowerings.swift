/// Text, date and arithmetic steps with a lowering.
enum TextLowerings {
    static let all: [any StepLowering.Type] = [
        UpperCaseLowering.self, LowerCaseLowering.self, CapitalCaseLowering.self, SentenceCaseLowering.self,
        ReplaceTextLowering.self, RemoveCombinedLowering.self, TrimLowering.self, ExtractPatternLowering.self,
        FormatDateLowering.self, DateFormatLowering.self, CategoricalMappingLowering.self,
        AddLowering.self, SubtractLowering.self, MultiplyLowering.self, DivideLowering.self, RoundLowering.self,
        TodayLowering.self,
    ]
    static let conditionAware: Set<String> = []
}
