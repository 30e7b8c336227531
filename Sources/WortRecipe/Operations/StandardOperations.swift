/// The operations of `OperationRegistry.standard`, grouped as DataBrew's toolbar is.
/// Adding an operation = one file + one line here.
enum StandardOperations {
    static let all: [any RecipeOperation.Type] = columns + rows + structure + text + sensitive

    static let columns: [any RecipeOperation.Type] = [
        Rename.self, Delete.self, Duplicate.self, ChangeDataType.self,
    ]
    static let rows: [any RecipeOperation.Type] = [
        RemoveValues.self,
    ]
    static let structure: [any RecipeOperation.Type] = [
    ]
    static let text: [any RecipeOperation.Type] = [
    ]
    static let sensitive: [any RecipeOperation.Type] = [
        MaskCustom.self, MaskDate.self, MaskDelimiter.self, MaskRange.self, CryptographicHash.self,
        DeterministicEncrypt.self, DeterministicDecrypt.self, ReplaceWithRandomBetween.self,
        ReplaceWithRandomDateBetween.self, ShuffleRows.self,
    ]
}
