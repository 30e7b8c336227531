/// The lowerings of every exportable operation: the one place they are registered, one
/// list per group (each in its group's folder).
enum StandardLowerings {
    static let all: [any StepLowering.Type] =
        ColumnLowerings.all + RowLowerings.all + TextLowerings.all + FunctionLowerings.all
        + SensitiveLowerings.all + StructureLowerings.all + DataScienceLowerings.all

    /// Operations whose lowering applies the step's conditions itself (the others get
    /// `ConditionalStep`'s generic merge).
    static let conditionAware: Set<String> =
        ColumnLowerings.conditionAware.union(RowLowerings.conditionAware).union(TextLowerings.conditionAware)
        .union(FunctionLowerings.conditionAware).union(SensitiveLowerings.conditionAware)
        .union(StructureLowerings.conditionAware).union(DataScienceLowerings.conditionAware)
}
