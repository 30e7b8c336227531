import WortCore

/// Turns a batch into a `BatchPartial`: the per-cell work of a profile, pure and
/// thread-safe, so that a reader's worker threads run it on batches in parallel.
///
/// Each cell is hashed into the batch's table of distinct values once; everything else
/// (type evidence, lengths, patterns, numbers) is computed once per distinct value and
/// weighted by its count.
struct BatchProfiler: Sendable {
    /// Numeric columns correlated per batch at most (DataBrew's `columnNumber` is 10).
    static let maxCorrelated = 10
    /// Table position of each profiled column, in profile order.
    let profiled: [Int]
    let names: [String]
    let nullTokens: NullTokens
    let entities: EntitySelection
    let switches: SketchSwitches

    func profile(_ table: Table) -> BatchPartial {
        let rows = table.rowCount
        var rowHashes = [UInt64](repeating: 0x2545_F491_4F6C_DD1D, count: rows)
        var partials: [ColumnPartial] = []
        var numericRows: [(column: Int, values: [Double])] = []
        let position = Dictionary(uniqueKeysWithValues: profiled.enumerated().map { ($1, $0) })
        table.withTextViews { views in
            for (k, view) in views.enumerated() {
                guard let p = position[k] else { hashOnly(view, rows, &rowHashes); continue }
                var (partial, entryOfRow) = scan(view, rows, p, &rowHashes)
                let numbers = finish(&partial, p)
                if partial.evidence.doubleCount * 2 > partial.evidence.nonNullCount {
                    if numericRows.count < BatchProfiler.maxCorrelated {
                        numericRows.append((p, entryOfRow.map { $0 < 0 ? .nan : numbers[Int($0)] }))
                    } else {
                        partial.missedCorrelation = true
                    }
                }
                partials.append(partial)
            }
        }
        var pairs: [PairMoments] = []
        for i in 0..<numericRows.count {
            for j in (i + 1)..<max(i + 1, numericRows.count) {
                let m = numericRows[i].values.withUnsafeBufferPointer { x in
                    numericRows[j].values.withUnsafeBufferPointer { y in CoMoments(x, y) }
                }
                pairs.append(PairMoments(a: numericRows[i].column, b: numericRows[j].column, moments: m))
            }
        }
        return BatchPartial(rows: rows, columns: partials, rowHashes: rowHashes, pairs: pairs)
    }

    private static let nullHash: UInt64 = 0x6A09_E667_F3BC_C908

    private func isNull(_ view: ColumnTextView, _ r: Int) -> Bool {
        view.isNull(r) || nullTokens.contains(view.text(r))
    }

    private func hashOnly(_ view: ColumnTextView, _ rows: Int, _ rowHashes: inout [UInt64]) {
        rowHashes.withUnsafeMutableBufferPointer { rh in
            for r in 0..<rows {
                let h = isNull(view, r) ? BatchProfiler.nullHash : ByteHash.hash(view.text(r))
                rh[r] = ByteHash.combine(rh[r], h)
            }
        }
    }

    /// Hashes every cell into the batch's table of distinct values; feeds the detector.
    private func scan(_ view: ColumnTextView, _ rows: Int, _ p: Int,
                      _ rowHashes: inout [UInt64]) -> (ColumnPartial, [Int32]) {
        var partial = ColumnPartial(detector: ColumnEntityDetector(columnName: names[p], entities: entities))
        partial.rows = rows
        var table = FrequencyTable(expected: min(rows, 1024))
        var entryOfRow = [Int32](repeating: -1, count: rows)
        var nulls = 0
        rowHashes.withUnsafeMutableBufferPointer { rh in
            for r in 0..<rows {
                if isNull(view, r) {
                    nulls += 1
                    rh[r] = ByteHash.combine(rh[r], BatchProfiler.nullHash)
                    continue
                }
                let b = view.text(r)
                let h = ByteHash.hash(b)
                rh[r] = ByteHash.combine(rh[r], h)
                entryOfRow[r] = Int32(table.add(b, hash: h))
            }
        }
        for r in 0..<rows where entryOfRow[r] >= 0 { partial.detector.observe(view.text(r)) }
        partial.nulls = nulls
        partial.values = table
        return (partial, entryOfRow)
    }

    /// Per distinct value: type evidence, length, pattern and number. Returns each
    /// entry's number (NaN if none); replaces the table by sketches when sketching.
    private func finish(_ partial: inout ColumnPartial, _ p: Int) -> [Double] {
        guard let table = partial.values else { return [] }
        var numbers = [Double](repeating: .nan, count: table.count)
        var scratch: [UInt8] = []
        var patterns = FrequencyTable(expected: 64)
        for e in 0..<table.count {
            let c = table.counts[e]
            table.withBytes(e) { b in
                partial.evidence.observe(b, times: c, nullTokens: nullTokens)
                partial.lengths.add(CharacterPattern.characterCount(b), count: c)
                CharacterPattern.write(b, into: &scratch)
                scratch.withUnsafeBufferPointer { _ = patterns.add($0, hash: ByteHash.hash($0), count: c) }
                if let d = ValueParser.double(b) { numbers[e] = d }
            }
        }
        partial.patterns = patterns
        if switches.isSketching(p) {
            partial.sketch = SketchState(table)
            partial.values = nil
        }
        return numbers
    }
}
