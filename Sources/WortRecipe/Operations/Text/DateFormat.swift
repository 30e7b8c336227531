import WortCore

/// DATE_FORMAT (a function): the date of `sourceColumn` (or of the constant `value`) as
/// `dateTimeFormat` text in a new column `targetColumn`, after the source (at the end for a
/// constant). The default format is DataBrew's `yyyy-mm-dd HH:MM:SS`: lower-case `mm` is
/// the month and `MM` after `HH:` the minute (see `DatePattern`), so `month*dd*yyyy` gives
/// `January*05*2024`. Unlike FORMAT_DATE, which edits in place and keeps text that is not a
/// date, this function's result for such text (and for nulls) is null.
enum DateFormat: RecipeOperation {
    static let name = "DATE_FORMAT"
    static let defaultFormat = "yyyy-mm-dd HH:MM:SS"

    static func plan(_ context: inout StepContext) -> StepKernel? {
        context.ignore("functionStepType")
        let input = FunctionInput.resolve(&context)
        let target = context.newColumn("targetColumn")
        let format = context.optionalString("dateTimeFormat") ?? defaultFormat
        let pattern = DatePattern(format)
        if !pattern.hasField { context.problem("dateTimeFormat", "'\(format)' has no date field (like yyyy, mm, dd or month)") }
        guard let input, let target, pattern.hasField else { return nil }
        if case .constant(let v) = input, ValueParser.timestamp(v, order: .monthFirst) == nil {
            context.problem("value", "'\(v)' is not a date")
            return nil
        }
        let at = input.columnIndex.map { $0 + 1 } ?? context.schema.fields.count
        context.schema = context.schema.inserting(Field(name: target, type: .string), at: at)
        return .map { table in
            let source = input.column(in: table)
            let read = DateValues.reader(source)
            let formatted = TextColumnBuilder.build(name: target, count: table.rowCount) { r, out in
                guard let micros = read(r) else { return false }
                pattern.format(micros: micros, to: &out)
                return true
            }
            return table.inserting(formatted, at: at)
        }
    }
}
