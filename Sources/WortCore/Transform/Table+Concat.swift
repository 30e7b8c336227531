extension Table {
    /// The rows of `tables` one after another. All must have this schema's names and types.
    public static func concatenate(_ tables: [Table], schema: Schema) -> Table {
        if tables.count == 1 { return tables[0] }
        let rows = tables.reduce(0) { $0 + $1.rowCount }
        if schema.fields.isEmpty { return Table(rowCount: rows) }
        var columns: [Column] = []
        for (k, field) in schema.fields.enumerated() {
            columns.append(Column.concatenate(tables.map { $0.columns[k] }, name: field.name, type: field.type, rows: rows))
        }
        return Table(columns: columns)
    }
}

extension Column {
    static func concatenate(_ parts: [Column], name: String, type: DataType, rows: Int) -> Column {
        var valid = ValidityBitmap()
        valid.reserveCapacity(rows)
        var cells: [InvalidCell] = []
        var offset = 0
        for p in parts {
            for r in 0..<p.count { valid.append(p.validity[r]) }
            for c in p.invalid { cells.append(InvalidCell(row: c.row + offset, text: c.text)) }
            offset += p.count
        }
        let values: ColumnValues
        switch type {
        case .string:
            var bytes = 0
            for p in parts { if case .string(let s) = p.values { bytes += s.totalBytes } }
            var out = StringBuffer(estimatedRows: rows, estimatedBytes: bytes)
            for p in parts {
                guard case .string(let s) = p.values else { preconditionFailure("column \(name) is not text in every part") }
                for r in 0..<s.count { s.withBytes(at: r) { out.append($0) } }
            }
            values = .string(out)
        case .int64: values = .int64(parts.flatMap { if case .int64(let v) = $0.values { v } else { preconditionFailure("type") } })
        case .double: values = .double(parts.flatMap { if case .double(let v) = $0.values { v } else { preconditionFailure("type") } })
        case .decimal: values = .decimal(parts.flatMap { if case .decimal(let v) = $0.values { v } else { preconditionFailure("type") } })
        case .bool: values = .bool(parts.flatMap { if case .bool(let v) = $0.values { v } else { preconditionFailure("type") } })
        case .date: values = .date(parts.flatMap { if case .date(let v) = $0.values { v } else { preconditionFailure("type") } })
        case .timestamp: values = .timestamp(parts.flatMap { if case .timestamp(let v) = $0.values { v } else { preconditionFailure("type") } })
        }
        return Column(name: name, type: type, values: values, validity: valid, invalid: cells)
    }
}
