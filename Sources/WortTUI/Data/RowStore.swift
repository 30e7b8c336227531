import WortCore

/// The rows the grid shows, kept as the batches the reader produced: no cell becomes a
/// Swift `String` until it is on screen. Row numbers run across batches.
public struct RowStore: Sendable {
    public private(set) var schema: Schema
    public private(set) var batches: [Table] = []
    /// First row of each batch.
    private var starts: [Int] = []
    public private(set) var rowCount = 0
    /// About what the batches take in memory (see `MemoryEstimate`).
    public private(set) var approximateBytes = 0

    public init(schema: Schema = Schema([])) { self.schema = schema }

    public init(schema: Schema, batches: [Table]) {
        self.schema = schema
        for b in batches { append(b) }
    }

    public var columnCount: Int { schema.fields.count }

    public mutating func append(_ batch: Table) {
        guard batch.rowCount > 0 else { return }
        starts.append(rowCount)
        batches.append(batch)
        rowCount += batch.rowCount
        approximateBytes += MemoryEstimate.bytes(of: batch)
    }

    /// The batch holding `row`, and the row within it.
    public func locate(_ row: Int) -> (batch: Int, row: Int) {
        var lo = 0, hi = starts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= row { lo = mid } else { hi = mid - 1 }
        }
        return (lo, row - starts[lo])
    }

    /// What the cell at (`row`, `column`) holds, as text to show.
    public func cell(row: Int, column: Int) -> CellContent {
        let (b, r) = locate(row)
        let batch = batches[b]
        guard column < batch.columns.count else { return .null }
        return CellContent(batch.columns[column], row: r)
    }
}

/// One cell made ready for display.
public enum CellContent: Equatable, Sendable {
    case null
    /// A value's text, control characters already made visible.
    case value(String)
    /// The original text of a cell that did not fit the column's type.
    case invalid(String)

    init(_ column: Column, row: Int) {
        if column.isNull(row) {
            if let bad = column.invalidText(at: row) { self = .invalid(DisplayWidth.sanitize(bad)) } else { self = .null }
        } else {
            self = .value(DisplayWidth.sanitize(column.text(at: row) ?? ""))
        }
    }

    /// The text as drawn in the grid: nulls as ∅.
    public var display: String {
        switch self {
        case .null: "∅"
        case .value(let s), .invalid(let s): s
        }
    }
}
