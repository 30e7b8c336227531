import WortCore

/// Column widths fitted to content: the header plus its type mark, and the widest of a
/// sample of rows, capped so that one long text does not take the screen.
public enum ColumnWidths {
    public static let cap = 40
    public static let sampleRows = 1000

    public static func fit(_ store: RowStore, cap: Int = cap, sampleRows: Int = sampleRows) -> [Int] {
        let n = min(store.rowCount, sampleRows)
        return store.schema.fields.enumerated().map { k, field in
            // Name, a space and the type mark.
            var w = DisplayWidth.of(DisplayWidth.sanitize(field.name)) + 2
            w = min(w, cap)
            for r in 0..<n where w < cap {
                w = max(w, min(cap, DisplayWidth.of(store.cell(row: r, column: k).display)))
            }
            return max(3, w)
        }
    }
}
