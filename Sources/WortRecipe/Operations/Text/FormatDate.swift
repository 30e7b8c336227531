import WortCore

/// FORMAT_DATE: the dates of `sourceColumn` rewritten as `targetDateFormat` text, in place.
/// Takes DataBrew's documented formats (`mm/dd/yyyy`, `mm-dd-yyyy`, `dd month yyyy`,
/// `month yyyy`, `dd month`) and Java-style ones (`MM-dd-yyyy`, `yyyy-MM-dd`,
/// `dd.MM.yyyy`); see `DatePattern`. Text that is not a date is kept as it is (the step
/// reformats; it does not judge), as the SQL export's `coalesce(date_format(...), c)`.
enum FormatDate: RecipeOperation {
    static let name = "FORMAT_DATE"

    static func plan(_ context: inout StepContext) -> StepKernel? {
        let column = context.column("sourceColumn")
        guard let format = context.string("targetDateFormat") else { return nil }
        let pattern = DatePattern(format)
        if !pattern.hasField { context.problem("targetDateFormat", "'\(format)' has no date field (like yyyy, mm, dd or month)"); return nil }
        guard let i = column else { return nil }
        context.schema = context.schema.replacing(i, with: Field(name: context.schema.fields[i].name, type: .string))
        return .map { table in
            let source = table.columns[i]
            let read = DateValues.reader(source)
            let formatted = TextColumnBuilder.build(name: source.name, count: source.count) { r, out in
                guard let micros = read(r) else { return source.appendText(row: r, to: &out) }
                pattern.format(micros: micros, to: &out)
                return true
            }
            return table.replacing(i, with: formatted)
        }
    }
}
