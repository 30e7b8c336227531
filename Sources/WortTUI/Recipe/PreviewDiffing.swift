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
                let n = try changedRows(before, source, after, c, rows: counted, cancel: cancel)
                if n > 0 { changed[afterNames[c]] = n }
            }
        }
        return PreviewDiff(sourceColumn: sources, removedColumns: removed, renamed: renamed, rowsBefore: before.rowCount,
                           rowsAfter: after.rowCount, changedCells: changed, countedRows: counted)
    }

    /// Cells of the first `rows` rows that differ, compared as text bytes (no String per
    /// cell: a preview of millions of rows must not wait on this).
    static func changedRows(_ a: RowStore, _ ca: Int, _ b: RowStore, _ cb: Int, rows: Int, cancel: CancelFlag?) throws -> Int {
        var n = 0, row = 0
        var x: [UInt8] = [], y: [UInt8] = []
        while row < rows {
            if cancel?.isCancelled == true { throw JobCancelled() }
            let (ba, ra) = a.locate(row), (bb, rb) = b.locate(row)
            let colA = a.batches[ba].columns[ca], colB = b.batches[bb].columns[cb]
            // Walk while both rows stay inside their current batches.
            let span = min(colA.count - ra, colB.count - rb, rows - row)
            for k in 0..<span {
                let nullA = colA.isNull(ra + k), nullB = colB.isNull(rb + k)
                if nullA != nullB { n += 1; continue }
                x.removeAll(keepingCapacity: true); y.removeAll(keepingCapacity: true)
                if nullA {
                    // Two nulls differ only when one carries invalid text the other lacks.
                    if colA.invalidText(at: ra + k) != colB.invalidText(at: rb + k) { n += 1 }
                    continue
                }
                colA.appendText(row: ra + k, to: &x)
                colB.appendText(row: rb + k, to: &y)
                if x != y { n += 1 }
            }
            row += span
        }
        return n
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
