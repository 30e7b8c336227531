/// The operations of `OperationRegistry.standard`, grouped as DataBrew's toolbar is.
/// Adding an operation = one file + one line here.
enum StandardOperations {
    static let all: [any RecipeOperation.Type] =
        columns + rows + structure + text + sensitive + functions + dataScience

    static let columns: [any RecipeOperation.Type] = [
        Rename.self, Delete.self, Duplicate.self, ChangeDataType.self,
        Merge.self, SplitColumnSingleDelimiter.self, SplitColumnMultipleDelimiter.self,
        MoveToStart.self, MoveToEnd.self, MoveBefore.self, MoveAfter.self, MoveToIndex.self,
    ]
    static let rows: [any RecipeOperation.Type] = [
        RemoveValues.self, RemoveMissing.self,
        FillWithCustom.self, FillWithAverage.self, FillWithMedian.self, FillWithMode.self,
        FillWithMostFrequent.self, FillWithSum.self, FillWithEmpty.self, FillWithNull.self,
        FillWithLastValid.self, DeleteDuplicateRows.self, RemoveDuplicates.self,
        FlagOutliers.self, RemoveOutliers.self,
    ]
    static let structure: [any RecipeOperation.Type] = [
        Join.self, Union.self, GroupBy.self, Sort.self,
    ]
    static let text: [any RecipeOperation.Type] = [
        UpperCase.self, LowerCase.self, CapitalCase.self, SentenceCase.self, ReplaceText.self,
        RemoveCombined.self, Trim.self, ExtractPattern.self, FormatDate.self, DateFormat.self,
        Today.self, CategoricalMapping.self, Add.self, Subtract.self, Multiply.self, Divide.self,
        Round.self,
    ]
    static let sensitive: [any RecipeOperation.Type] = [
        MaskCustom.self, MaskDate.self, MaskDelimiter.self, MaskRange.self, CryptographicHash.self,
        DeterministicEncrypt.self, DeterministicDecrypt.self, ReplaceWithRandomBetween.self,
        ReplaceWithRandomDateBetween.self, ShuffleRows.self,
    ]
    static let functions: [any RecipeOperation.Type] = [
        AddPrefix.self, AddSuffix.self, AddSingleQuotes.self, AddDoubleQuotes.self, RemoveWhitespace.self,
        Upper.self, Lower.self, Proper.self, Left.self, Right.self, SubstringFunction.self,
        Year.self, Month.self, Day.self, Hour.self, Minute.self, Second.self,
        WeekNumber.self, WeekDay.self, MonthName.self,
        ToStringColumn.self, ToNumberColumn.self, ToDoubleColumn.self, ToBooleanColumn.self,
        SplitColumnFromStart.self, SplitColumnFromEnd.self, ExtractValue.self,
        FlagColumnFromNull.self, FlagColumnFromPattern.self,
    ]
    static let dataScience: [any RecipeOperation.Type] = [
        RemoveInvalid.self, ReplaceWithCustom.self, ReplaceWithAverage.self, ReplaceWithMedian.self,
        ReplaceWithMode.self, ReplaceWithMostFrequent.self, ReplaceWithSum.self, ReplaceWithEmpty.self,
        ReplaceWithNull.self, FlagDuplicateRows.self, FlagDuplicatesInColumn.self,
        Binarization.self, Bucketization.self, Unpivot.self, CaseOperation.self,
        OneHotEncoding.self, Pivot.self,
    ]
}
