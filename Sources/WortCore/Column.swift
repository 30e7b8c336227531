/// Physical storage of a column's values; null rows hold a placeholder (0, "", false).
public enum ColumnValues: Sendable, Equatable {
    case string(StringBuffer)
    case int64([Int64])
    case double([Double])
    /// Unscaled values; the scale is in the column's `DataType.decimal`.
    case decimal([Int64])
    case bool([Bool])
    case date([Int32])
    case timestamp([Int64])

    public var count: Int {
        switch self {
        case .string(let v): v.count
        case .int64(let v): v.count
        case .double(let v): v.count
        case .decimal(let v): v.count
        case .bool(let v): v.count
        case .date(let v): v.count
        case .timestamp(let v): v.count
        }
    }
}

/// A cell whose text did not convert to the column's type. The row is null in
/// `values`; its original text stays here so that it is counted and shown, never lost.
public struct InvalidCell: Sendable, Equatable {
    public var row: Int
    public var text: String
    public init(row: Int, text: String) { self.row = row; self.text = text }
}

/// A named, typed column of one batch.
public struct Column: Sendable, Equatable {
    public var name: String
    public var type: DataType
    public var values: ColumnValues
    public var validity: ValidityBitmap
    /// Sorted by row.
    public var invalid: [InvalidCell]

    public init(name: String, type: DataType, values: ColumnValues, validity: ValidityBitmap, invalid: [InvalidCell] = []) {
        precondition(values.count == validity.count, "values and validity differ in length")
        self.name = name; self.type = type; self.values = values; self.validity = validity; self.invalid = invalid
    }

    /// A string column without nulls, for tests and small tables.
    public init(name: String, strings: [String?]) {
        var buf = StringBuffer(estimatedRows: strings.count)
        var valid = ValidityBitmap()
        for s in strings {
            if let s { buf.append(s) } else { buf.appendEmpty() }
            valid.append(s != nil)
        }
        self.init(name: name, type: .string, values: .string(buf), validity: valid)
    }

    public var count: Int { validity.count }
    /// Rows that are null, not counting invalid cells (which are null in `values` too).
    public var nullCount: Int { validity.nullCount - invalid.count }
    public var invalidCount: Int { invalid.count }

    public func isNull(_ row: Int) -> Bool { !validity[row] }

    /// The text of an invalid cell at `row`, if that row is one.
    public func invalidText(at row: Int) -> String? {
        guard !invalid.isEmpty else { return nil }
        var lo = 0, hi = invalid.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if invalid[mid].row < row { lo = mid + 1 } else { hi = mid }
        }
        return lo < invalid.count && invalid[lo].row == row ? invalid[lo].text : nil
    }
}

/// The name and type of a column.
public struct Field: Sendable, Equatable {
    public var name: String
    public var type: DataType
    public init(name: String, type: DataType) { self.name = name; self.type = type }
}

public struct Schema: Sendable, Equatable {
    public var fields: [Field]
    public init(_ fields: [Field]) { self.fields = fields }
    public var names: [String] { fields.map(\.name) }
}

/// A batch of rows: named typed columns of equal length. Readers yield tables of
/// bounded size (a batch), writers consume them one at a time.
public struct Table: Sendable, Equatable {
    public var columns: [Column]
    public private(set) var rowCount: Int

    public init(columns: [Column]) {
        let n = columns.first?.count ?? 0
        precondition(columns.allSatisfy { $0.count == n }, "columns differ in length")
        self.columns = columns
        rowCount = n
    }

    /// A table of `rowCount` rows and no columns (e.g. a CSV of empty lines).
    public init(rowCount: Int) { columns = []; self.rowCount = rowCount }

    public var schema: Schema { Schema(columns.map { Field(name: $0.name, type: $0.type) }) }

    public func column(named name: String) -> Column? { columns.first { $0.name == name } }
}
