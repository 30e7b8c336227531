/// Function steps (date parts, casts, affixes, flags, ...) with a lowering.
enum FunctionLowerings {
    static let all: [any StepLowering.Type] = [
        YearLowering.self, MonthLowering.self, DayLowering.self, HourLowering.self, MinuteLowering.self,
        SecondLowering.self, WeekNumberLowering.self, WeekDayLowering.self, MonthNameLowering.self,
        ToStringColumnLowering.self, ToNumberColumnLowering.self, ToDoubleColumnLowering.self, ToBooleanColumnLowering.self,
        AddPrefixLowering.self, AddSuffixLowering.self, AddSingleQuotesLowering.self, AddDoubleQuotesLowering.self,
        LeftLowering.self, RightLowering.self, SubstringLowering.self,
        SplitColumnFromStartLowering.self, SplitColumnFromEndLowering.self,
        UpperLowering.self, LowerLowering.self, ProperLowering.self, RemoveWhitespaceLowering.self,
        FlagColumnFromNullLowering.self, FlagColumnFromPatternLowering.self, ExtractValueLowering.self,
    ]
    static let conditionAware: Set<String> = []
}
