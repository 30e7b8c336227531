/// FORMAT_DATE: the date-times of `sourceColumn` rewritten in place as text in the
/// DataBrew pattern `targetDateFormat` (WortRecipe's DatePattern: `mm`/`MM` is the month
/// except after `HH:`, `month` the full month name); a cell that is no date-time keeps
/// its text, as Wort keeps it. Cells are read as Wort's date steps read them: dates,
/// timestamps, or text in Wort's date-time forms (`wort_read_timestamp`), not the
/// engines' casts. The pattern becomes DuckDB `strftime` codes or Java pattern letters.
enum FormatDateLowering: StepLowering {
    static let operation = "FORMAT_DATE"

    static func lower(_ l: inout Lowering) throws -> String {
        let c = l.params.string("sourceColumn") ?? ""
        let tokens = Lowering.datePatternTokens(l.params.string("targetDateFormat") ?? "")
        let formatted = DateTimeFunctions.format(l.wortTimestamp(c), tokens, l.dialect)
        let (values, source) = l.prepare([l.wortText(c)])
        return l.project([c: "coalesce(\(formatted), \(values[0]))"], from: source)
    }
}

/// DATE_FORMAT (a function): the date-time of `sourceColumn` (or of the constant `value`)
/// as text in the pattern `dateTimeFormat` (default `yyyy-mm-dd HH:MM:SS`) in a new column
/// `targetColumn`; NULL for a cell that is no date-time. Read and written as FORMAT_DATE.
enum DateFormatLowering: StepLowering {
    static let operation = "DATE_FORMAT"

    static func lower(_ l: inout Lowering) throws -> String {
        l.params.ignore("functionStepType")
        let target = l.params.string("targetColumn") ?? ""
        let tokens = Lowering.datePatternTokens(l.params.optionalString("dateTimeFormat") ?? "yyyy-mm-dd HH:MM:SS")
        let time: String
        if l.params.parameters["sourceColumn"] != nil {
            l.params.ignore("value")
            time = l.wortTimestamp(l.params.string("sourceColumn") ?? "")
        } else {
            time = l.wortTimestamp(text: l.lit(l.params.string("value") ?? ""))
        }
        return l.project([target: DateTimeFunctions.format(time, tokens, l.dialect)])
    }
}
