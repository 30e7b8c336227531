import WortCore

extension PreviewDiff {
    /// At most this many rows are compared cell by cell for the counts; beyond, the
    /// status says the counts cover the first rows.
    static let countedRowLimit = 200_000

    /// Compares `after` with `before`: columns by name, cells by position when the row
    /// count is unchanged.
    static func between(_ before: RowStore, _ after: RowStore, cancel: CancelFlag? = nil) throws -> PreviewDiff {
        let beforeNames = before.schema.names
        let afterNames = after.schema.names
        var sources: [Int?] = afterNames.map { beforeNames.firstIndex(of: $0) }
        var removed = beforeNames.filter { !afterNames.contains($0) }
        // A name that is gone where a new name now stands, with the same type: renamed.
        var renamed: [String: String] = [:]
        for (c, source) in sources.enumerated() where source == nil && c < beforeNames.count {
            let old = beforeNames[c]
            if removed.contains(old) && before.schema.fields[c].type == after.schema.fields[c].type {
                sources[c] = c
                renamed[old] = afterNames[c]
                removed.removeAll { $0 == old }
            }
        }
        var changed: [String: Int] = [:]
        var counted = 0
        if before.rowCount == after.rowCount {
            counted = min(after.rowCount, countedRowLimit)
            for (c, source) in sources.enumerated() {
                if cancel?.isCancelled == true { throw JobCancelled() }
                guard let source else { continue }   // a new column: all of it is new
                var n = 0
                for r in 0..<counted where before.cell(row: r, column: source) != after.cell(row: r, column: c) { n += 1 }
                if n > 0 { changed[afterNames[c]] = n }
            }
        }
        return PreviewDiff(sourceColumn: sources, removedColumns: removed, renamed: renamed, rowsBefore: before.rowCount,
                           rowsAfter: after.rowCount, changedCells: changed, countedRows: counted)
    }

    /// True when the cell at (`row`, `column`) of the previewed data differs from before.
    func isChanged(row: Int, column: Int, before: RowStore, after: RowStore) -> Bool {
        guard column < sourceColumn.count else { return false }
        guard let source = sourceColumn[column] else { return true }
        guard alignsRows, row < before.rowCount else { return false }
        return before.cell(row: row, column: source) != after.cell(row: row, column: column)
    }

    /// "30 → 28 rows · email changed in 30 rows · 1 column removed".
    var summary: String {
        var parts = [rowsBefore == rowsAfter ? "\(NumberText.grouped(rowsAfter)) rows"
                     : "\(NumberText.grouped(rowsBefore)) → \(NumberText.grouped(rowsAfter)) rows"]
        let newNames = zip(sourceColumn.indices, sourceColumn).filter { $0.1 == nil }.count
        if newNames > 0 { parts.append("\(newNames) new column\(newNames == 1 ? "" : "s")") }
        if !renamed.isEmpty { parts.append(renamed.sorted { $0.key < $1.key }.map { "\($0.key) → \($0.value)" }.joined(separator: ", ")) }
        if !removedColumns.isEmpty { parts.append("\(removedColumns.count) column\(removedColumns.count == 1 ? "" : "s") removed") }
        let cells = changedCells.values.reduce(0, +)
        if alignsRows {
            let more = countedRows < rowsAfter ? " in the first \(NumberText.grouped(countedRows)) rows" : ""
            if cells > 0 || newNames == 0 {
                parts.append(cells == 0 ? "no cell changed" + more : "\(NumberText.grouped(cells)) cell\(cells == 1 ? "" : "s") changed" + more)
            }
        }
        return parts.joined(separator: " · ")
    }
}
