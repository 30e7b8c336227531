extension Column {
    /// A column of `count` nulls.
    public static func nulls(name: String, type: DataType, count: Int) -> Column {
        let values: ColumnValues
        switch type {
        case .string:
            var s = StringBuffer(estimatedRows: count)
            for _ in 0..<count { s.appendEmpty() }
            values = .string(s)
        case .int64: values = .int64(Array(repeating: 0, count: count))
        case .double: values = .double(Array(repeating: 0, count: count))
        case .decimal: values = .decimal(Array(repeating: 0, count: count))
        case .bool: values = .bool(Array(repeating: false, count: count))
        case .date: values = .date(Array(repeating: 0, count: count))
        case .timestamp: values = .timestamp(Array(repeating: 0, count: count))
        }
        return Column(name: name, type: type, values: values, validity: ValidityBitmap(repeating: false, count: count))
    }

    /// A string column from a text buffer and its validity.
    public static func text(name: String, _ buffer: StringBuffer, validity: ValidityBitmap) -> Column {
        Column(name: name, type: .string, values: .string(buffer), validity: validity)
    }

    /// The column as text (see `textBuffer`): invalid cells become their original text.
    public func asText() -> Column {
        if type == .string && invalid.isEmpty { return self }
        let (buffer, valid) = textBuffer()
        return Column.text(name: name, buffer, validity: valid)
    }

    /// The column converted to `type` through its text; texts that do not convert become
    /// null (DataBrew: "values that cannot convert become NULL"), and their text is kept as
    /// invalid cells only when `keepInvalidText`.
    public func cast(to newType: DataType, dateOrder: DateOrder = .monthFirst, keepInvalidText: Bool = false) -> Column {
        if newType == type { return self }
        if newType == .string { return asText() }
        var builder = ColumnBuilder(name: name, type: newType, dateOrder: dateOrder, nullTokens: NullTokens([""]), capacity: count)
        var scratch: [UInt8] = []
        for r in 0..<count {
            scratch.removeAll(keepingCapacity: true)
            if appendText(row: r, to: &scratch) {
                scratch.withUnsafeBufferPointer { builder.append($0) }
            } else {
                builder.appendNull()
            }
        }
        var out = builder.finish()
        if !keepInvalidText { out.invalid = [] }
        return out
    }

    /// The same column under another name.
    public func renamed(_ newName: String) -> Column {
        var c = self
        c.name = newName
        return c
    }
}
