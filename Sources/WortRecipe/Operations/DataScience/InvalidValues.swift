import WortCore

/// What the "invalid values" steps (REMOVE_INVALID, REPLACE_WITH_*) share. An invalid
/// cell is one whose text did not fit its column's type when the data was read: the
/// reader keeps it in `Column.invalid` (a null with its original text). That is the
/// IS_INVALID condition without a type, and the SQL export's
/// `c IS NOT NULL AND c <> '' AND try_cast(c AS T) IS NULL`. Nulls and empty strings are
/// missing, not invalid: these steps leave them alone (the FILL_WITH_* steps fill them).
enum InvalidValues {
    /// One entry per row, true where the cell is invalid.
    static func mask(_ column: Column) -> [Bool] {
        var m = [Bool](repeating: false, count: column.count)
        for cell in column.invalid { m[cell.row] = true }
        return m
    }

    /// `sourceColumn`, with the console's bookkeeping parameters checked: `columnDataType`
    /// must be a type DataBrew knows (`number` for the numeric statistics), and
    /// `advancedDataType` (SSN, e-mail, ... detected inside a text column) needs entity
    /// detection that these steps do not run, so it is refused rather than ignored.
    static func planColumns(_ context: inout StepContext, numeric: Bool = false, several: Bool = false) -> [Int]? {
        let columns = several ? context.sourceColumns() : context.column("sourceColumn").map { [$0] }
        if let typeName = context.optionalString("columnDataType") {
            if !FillWithCustom.dataTypes.contains(typeName.lowercased()), RecipeTypes.dataType(typeName) == nil {
                context.problem("columnDataType", "'\(typeName)' is not one of \(FillWithCustom.dataTypes.joined(separator: ", "))")
            } else if numeric, typeName.lowercased() != "number", RecipeTypes.dataType(typeName).map(Numeric.isNumeric) != true {
                context.problem("columnDataType", "\(context.operation) replaces with a statistic of numbers; columnDataType must be number, not '\(typeName)'")
            }
        }
        if let advanced = context.optionalString("advancedDataType"), !advanced.isEmpty {
            context.problem("advancedDataType", "'\(advanced)' values are found by entity detection, which \(context.operation) does not run; remove advancedDataType to replace the cells that do not fit the column's type")
        }
        guard let columns else { return nil }
        if numeric {
            for i in columns where !Numeric.isNumeric(context.schema.fields[i].type) {
                let f = context.schema.fields[i]
                context.problem("sourceColumn", "column '\(f.name)' is \(f.type); \(context.operation) needs a numeric column")
                return nil
            }
        }
        return columns
    }

    /// A numeric statistic of the column's valid values replaces its invalid cells; the
    /// column becomes double, as with FILL_WITH_AVERAGE (see `FillFromStatistic`).
    static func planNumeric(_ context: inout StepContext, _ statistic: @escaping @Sendable ([Double]) -> Double?) -> StepKernel? {
        guard let i = planColumns(&context, numeric: true)?.first else { return nil }
        let name = context.schema.fields[i].name
        context.schema = context.schema.replacing(i, with: Field(name: name, type: .double))
        return .whole { all in
            let c = all.columns[i]
            let value = Numeric.constant(statistic(Numeric.values(c)), name: name)
            return all.replacing(i, with: Missing.fill(Numeric.toDouble(c), with: value, where: mask(c)))
        }
    }

    /// The column's most frequent valid value replaces its invalid cells (ties: the value
    /// seen first, see `MostFrequent`); the column keeps its type.
    static func planMostFrequent(_ context: inout StepContext) -> StepKernel? {
        guard let i = planColumns(&context)?.first else { return nil }
        return .whole { all in
            let c = all.columns[i]
            guard let r = MostFrequent.row(c, rows: 0..<c.count) else { return all }
            return all.replacing(i, with: Missing.fill(c, with: c.gather([r]), where: mask(c)))
        }
    }
}
