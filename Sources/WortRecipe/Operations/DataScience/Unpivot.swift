import WortCore

/// UNPIVOT: the columns `sourceColumns` become rows. Each input row gives one row per
/// source column, in the listed order: the other columns repeated, then `unpivotColumn`
/// holding the source column's name and `valueColumn` its value (the layout of SQL
/// `UNPIVOT (v FOR name IN (a, b))`, whose default EXCLUDE NULLS we follow: a null cell
/// gives no row; an empty string or an invalid cell does). The value column keeps the
/// sources' type when they share one, is double when they are all numeric, else text
/// (the SQL export casts them to one type first).
enum Unpivot: RecipeOperation {
    static let name = "UNPIVOT"
    static let conditionUse = ConditionUse.unsupported

    static func plan(_ context: inout StepContext) -> StepKernel? {
        let sources = context.columns("sourceColumns")
        let nameColumn = context.string("unpivotColumn")
        let valueColumn = context.string("valueColumn")
        guard let sources, let nameColumn, let valueColumn else { return nil }
        if sources.isEmpty { context.problem("sourceColumns", "name at least one column"); return nil }
        if Set(sources).count != sources.count { context.problem("sourceColumns", "a column is listed twice"); return nil }
        let others = context.schema.fields.indices.filter { !sources.contains($0) }
        let otherNames = Set(others.map { context.schema.fields[$0].name })
        for (parameter, n) in [("unpivotColumn", nameColumn), ("valueColumn", valueColumn)] {
            if n.isEmpty { context.problem(parameter, "the new column needs a name") }
            if otherNames.contains(n) { context.problem(parameter, "column '\(n)' already exists") }
        }
        if nameColumn == valueColumn { context.problem("valueColumn", "unpivotColumn and valueColumn are both '\(nameColumn)'") }
        if context.hasProblems { return nil }

        let sourceNames = sources.map { context.schema.fields[$0].name }
        let types = sources.map { context.schema.fields[$0].type }
        let valueType: DataType = Set(types).count == 1 ? types[0] : (types.allSatisfy(Numeric.isNumeric) ? .double : .string)
        context.schema = Schema(others.map { context.schema.fields[$0] }
            + [Field(name: nameColumn, type: .string), Field(name: valueColumn, type: valueType)])
        return .map { batch in
            let n = batch.rowCount
            let parts = sources.map { i -> Column in
                let c = batch.columns[i]
                let typed = c.type == valueType ? c : (valueType == .double ? Numeric.toDouble(c) : c.asText())
                return typed.renamed(valueColumn)
            }
            let stacked = Table.concatenate(parts.map { Table(columns: [$0]) },
                                            schema: Schema([Field(name: valueColumn, type: valueType)])).columns[0]
            var rows: [Int] = [], picks: [Int] = [], names: [String?] = []
            for r in 0..<n {
                for (k, c) in parts.enumerated() where c.validity[r] || c.invalidText(at: r) != nil {
                    rows.append(r); picks.append(k * n + r); names.append(sourceNames[k])
                }
            }
            let columns = others.map { batch.columns[$0].gather(rows) }
                + [Column(name: nameColumn, strings: names), stacked.gather(picks)]
            return Table(columns: columns)
        }
    }
}
