/// One field of a step's form: the recipe parameter it fills, and how it is edited.
struct FieldSpec: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// One column of the data (←/→ or typing picks it).
        case column
        /// Several columns (Space adds the one shown); written as a JSON list.
        case columns
        case text
        case number
        /// One of fixed values: (parameter value, label shown).
        case choice([Choice])
        /// A file to read (Tab completes the path).
        case file
    }
    struct Choice: Sendable, Equatable {
        var value: String
        var label: String
    }

    var key: String
    var label: String
    var kind: Kind
    var required = true
    var initial = ""

    static func column(_ key: String = "sourceColumn", _ label: String = "column") -> FieldSpec {
        FieldSpec(key: key, label: label, kind: .column)
    }
    static func columns(_ key: String = "sourceColumns", _ label: String = "columns") -> FieldSpec {
        FieldSpec(key: key, label: label, kind: .columns)
    }
    static func text(_ key: String, _ label: String, required: Bool = true, initial: String = "") -> FieldSpec {
        FieldSpec(key: key, label: label, kind: .text, required: required, initial: initial)
    }
    static func number(_ key: String, _ label: String, required: Bool = true, initial: String = "") -> FieldSpec {
        FieldSpec(key: key, label: label, kind: .number, required: required, initial: initial)
    }
    static func choice(_ key: String, _ label: String, _ choices: [(String, String)], required: Bool = true) -> FieldSpec {
        FieldSpec(key: key, label: label, kind: .choice(choices.map { Choice(value: $0.0, label: $0.1) }), required: required,
                  initial: choices.first?.0 ?? "")
    }
}

/// A step the menu offers: its group (DataBrew's toolbar), a plain name, the operation,
/// its form, and parameters it always carries.
struct StepKind: Sendable, Equatable {
    var group: String
    var title: String
    var operation: String
    var fields: [FieldSpec]
    var fixed: [(String, String)] = []
    /// A condition the form asks for (REMOVE_VALUES): its field keys are `condition`/`value`.
    var takesCondition = false

    static func == (a: StepKind, b: StepKind) -> Bool { a.title == b.title && a.operation == b.operation }
}

/// Every step of the add-step menu, grouped as DataBrew's toolbar groups them. Each is
/// exactly a recipe operation with DataBrew's parameter names, so what the form makes is
/// what `wort run` runs.
enum StepCatalog {
    static let groups = ["Column", "Clean", "Format", "Filter", "Sensitive", "Join", "Group", "Sort"]

    static let dataTypes: [(String, String)] = [
        ("string", "text"), ("int", "whole number"), ("double", "decimal number"), ("boolean", "true/false"),
        ("date", "date"), ("timestamp", "date and time"),
    ]

    static let conditions: [(String, String)] = [
        ("IS", "is exactly"), ("IS_NOT", "is not"), ("CONTAINS", "contains"), ("NOT_CONTAINS", "does not contain"),
        ("STARTS_WITH", "starts with"), ("ENDS_WITH", "ends with"), ("LESS_THAN", "is less than"),
        ("GREATER_THAN", "is greater than"), ("IS_MISSING", "is missing"), ("IS_INVALID", "is invalid"),
    ]

    static let all: [StepKind] = [
        StepKind(group: "Column", title: "Rename a column", operation: "RENAME",
                 fields: [.column(), .text("targetColumn", "new name")]),
        StepKind(group: "Column", title: "Delete columns", operation: "DELETE", fields: [.columns()]),
        StepKind(group: "Column", title: "Duplicate a column", operation: "DUPLICATE",
                 fields: [.column(), .text("targetColumn", "name of the copy")]),
        StepKind(group: "Column", title: "Change a column's type", operation: "CHANGE_DATA_TYPE",
                 fields: [.column(), .choice("columnDataType", "new type", dataTypes)]),
        StepKind(group: "Column", title: "Move a column to the start", operation: "MOVE_TO_START", fields: [.column()]),
        StepKind(group: "Column", title: "Move a column to the end", operation: "MOVE_TO_END", fields: [.column()]),
        StepKind(group: "Column", title: "Move a column after another", operation: "MOVE_AFTER",
                 fields: [.column(), .column("targetColumn", "after column")]),
        StepKind(group: "Column", title: "Merge columns into one", operation: "MERGE",
                 fields: [.columns(), .text("delimiter", "between values", required: false, initial: " "), .text("targetColumn", "new column")]),
        StepKind(group: "Column", title: "Split a column at a delimiter", operation: "SPLIT_COLUMN_SINGLE_DELIMITER",
                 fields: [.column(), .text("pattern", "delimiter", initial: ","), .number("limit", "splits (1-20)", initial: "1")],
                 fixed: [("includeInSplit", "true")]),

        StepKind(group: "Clean", title: "UPPER CASE", operation: "UPPER_CASE", fields: [.column()]),
        StepKind(group: "Clean", title: "lower case", operation: "LOWER_CASE", fields: [.column()]),
        StepKind(group: "Clean", title: "Capital Case Each Word", operation: "CAPITAL_CASE", fields: [.column()]),
        StepKind(group: "Clean", title: "Sentence case", operation: "SENTENCE_CASE", fields: [.column()]),
        StepKind(group: "Clean", title: "Trim and collapse whitespace", operation: "REMOVE_COMBINED", fields: [.column()],
                 fixed: [("removeLeadingAndTrailingWhitespace", "true"), ("collapseConsecutiveWhitespace", "true")]),
        StepKind(group: "Clean", title: "Remove special characters", operation: "REMOVE_COMBINED", fields: [.column()],
                 fixed: [("removeSpecialCharacters", "true")]),
        StepKind(group: "Clean", title: "Replace text", operation: "REPLACE_TEXT",
                 fields: [.column(), .text("pattern", "find"), .text("value", "replace with", required: false)]),

        StepKind(group: "Format", title: "Format dates", operation: "FORMAT_DATE",
                 fields: [.column(), .choice("targetDateFormat", "format", [
                    ("yyyy-mm-dd", "2024-12-31"), ("mm/dd/yyyy", "12/31/2024"), ("dd-mm-yyyy", "31-12-2024"),
                    ("dd month yyyy", "31 December 2024"), ("month yyyy", "December 2024")])]),
        StepKind(group: "Format", title: "Round numbers (new column)", operation: "ROUND",
                 fields: [.column(), .number("decimalPlaces", "decimal places", initial: "0"), .text("targetColumn", "new column")]),

        StepKind(group: "Filter", title: "Remove rows where…", operation: "REMOVE_VALUES",
                 fields: [.column(), .choice("condition", "when the value", conditions), .text("value", "value", required: false)],
                 takesCondition: true),
        StepKind(group: "Filter", title: "Remove rows with a missing value", operation: "REMOVE_MISSING", fields: [.column()]),
        StepKind(group: "Filter", title: "Remove rows repeating a value", operation: "REMOVE_DUPLICATES", fields: [.column()]),
        StepKind(group: "Filter", title: "Remove duplicate rows", operation: "DELETE_DUPLICATE_ROWS", fields: []),
        StepKind(group: "Filter", title: "Fill missing values with…", operation: "FILL_WITH_CUSTOM",
                 fields: [.column(), .text("value", "value")]),
        StepKind(group: "Filter", title: "Fill missing with the average", operation: "FILL_WITH_AVERAGE", fields: [.column()]),
        StepKind(group: "Filter", title: "Fill missing with the most frequent", operation: "FILL_WITH_MOST_FREQUENT", fields: [.column()]),
        StepKind(group: "Filter", title: "Flag outliers (new column)", operation: "FLAG_OUTLIERS",
                 fields: [.column(), .text("targetColumn", "new column"),
                          .choice("outlierStrategy", "method", [("Z_SCORE", "z-score"), ("MODIFIED_Z_SCORE", "modified z-score"), ("IQR", "interquartile range")]),
                          .number("threshold", "threshold", initial: "3")]),

        StepKind(group: "Sensitive", title: "Mask whole values", operation: "MASK_RANGE",
                 fields: [.columns(), .text("maskSymbol", "mask symbol", initial: "#")]),
        StepKind(group: "Sensitive", title: "Mask all but the last characters", operation: "MASK_RANGE",
                 fields: [.columns(), .number("stop", "stop before position (negative: from the end)", initial: "-4"),
                          .text("maskSymbol", "mask symbol", initial: "#")], fixed: [("start", "0")]),
        StepKind(group: "Sensitive", title: "Mask between delimiters", operation: "MASK_DELIMITER",
                 fields: [.columns(), .text("startDelimiter", "from after", required: false),
                          .text("endDelimiter", "up to", required: false, initial: "@"), .text("maskSymbol", "mask symbol", initial: "#")]),
        StepKind(group: "Sensitive", title: "Mask a text or pattern", operation: "MASK_CUSTOM",
                 fields: [.columns(), .text("customValue", "text to mask"), .text("maskSymbol", "mask symbol", initial: "#")]),
        StepKind(group: "Sensitive", title: "Mask parts of dates", operation: "MASK_DATE",
                 fields: [.columns(), .choice("redact", "mask", [("[\"DAY\"]", "the day"), ("[\"MONTH\",\"DAY\"]", "month and day"), ("[\"YEAR\"]", "the year")]),
                          .text("maskSymbol", "mask symbol", initial: "#")]),
        StepKind(group: "Sensitive", title: "Hash values (with a secret key)", operation: "CRYPTOGRAPHIC_HASH",
                 fields: [.columns(), .choice("algorithm", "algorithm", [("HMAC_SHA256", "HMAC-SHA256 (keyed)"), ("SHA256", "SHA-256 (no key)"), ("HMAC_SHA512", "HMAC-SHA512 (keyed)")]),
                          .text("secretId", "secret id (key from WORT_SECRET_<ID> or a key file)", required: false)]),
        StepKind(group: "Sensitive", title: "Replace with random numbers", operation: "REPLACE_WITH_RANDOM_BETWEEN",
                 fields: [.columns(), .number("lowerBound", "from", initial: "0"), .number("upperBound", "to", initial: "100")]),
        StepKind(group: "Sensitive", title: "Shuffle values across rows", operation: "SHUFFLE_ROWS", fields: [.columns()]),

        StepKind(group: "Join", title: "Join another file", operation: "JOIN", fields: []),
        StepKind(group: "Join", title: "Append the rows of another file (union)", operation: "UNION", fields: []),

        StepKind(group: "Group", title: "Group rows and count / sum", operation: "GROUP_BY",
                 fields: [.columns("sourceColumns", "group by"), .column("sourceColumnName", "aggregate column"),
                          .choice("functionName", "function", [("COUNT", "count"), ("SUM", "sum"), ("AVERAGE", "average"), ("MIN", "minimum"), ("MAX", "maximum"), ("COUNT_DISTINCT", "count distinct")]),
                          .text("targetColumnName", "result column")]),

        StepKind(group: "Sort", title: "Sort rows by a column", operation: "SORT",
                 fields: [.column(), .choice("ordering", "order", [("ASCENDING", "ascending"), ("DESCENDING", "descending")])]),
    ]
}
