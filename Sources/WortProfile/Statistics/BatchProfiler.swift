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
    let inferenceThreshold: Double
    let entities: EntitySelection
    /// What each profiled column's statistics use, in profile order.
    let needs: [ColumnNeeds]
    let switches: SketchSwitches
    let seeds = DetectorSeeds()

    func profile(_ table: Table) -> BatchPartial {
        let rows = table.rowCount
        let rowHashes = UnsafeMutablePointer<UInt64>.allocate(capacity: max(1, rows))
        rowHashes.initialize(repeating: 0x2545_F491_4F6C_DD1D, count: rows)
        defer { rowHashes.deallocate() }
        var partials: [ColumnPartial] = []
        var numericRows: [(column: Int, values: [Double])] = []
        let position = Dictionary(uniqueKeysWithValues: profiled.enumerated().map { ($1, $0) })
        table.withTextViews { views in
            for (k, view) in views.enumerated() {
                guard let p = position[k] else { hashOnly(view, rows, rowHashes); continue }
                var (partial, rowNumbers) = column(view, rows, p, rowHashes)
                if let rowNumbers {
                    // Columns that read as numbers in this batch (by the inference threshold)
                    // are correlated; one that is not here but ends up numeric is marked, as
                    // its correlations then miss this batch.
                    let numeric = needs[p].evidence
                        ? Double(partial.evidence.doubleCount) >= inferenceThreshold * Double(partial.evidence.nonNullCount)
                        : needs[p].numbers  // a declared numeric type
                    if numeric && numericRows.count < BatchProfiler.maxCorrelated {
                        numericRows.append((p, rowNumbers))
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
        for r in 0..<rows { rowHashes[r] = ByteHash.mix(rowHashes[r]) }
        return BatchPartial(rows: rows, columns: partials, rowHashes: Array(UnsafeBufferPointer(start: rowHashes, count: rows)), pairs: pairs)
    }

    private static let nullHash: UInt64 = 0x6A09_E667_F3BC_C908

    /// Whether a null token can start with each byte (spaces and tabs too, as tokens
    /// match trimmed), so most cells skip the token comparison.
    private var mayBeNull: [Bool] {
        var t = [Bool](repeating: false, count: 256)
        for token in nullTokens.tokens { if let f = token.first { t[Int(f)] = true } }
        t[0x20] = true; t[0x09] = true
        return t
    }

    private func hashOnly(_ view: ColumnTextView, _ rows: Int, _ rh: UnsafeMutablePointer<UInt64>) {
        for r in 0..<rows {
            let b = view.text(r)
            let h = view.isNull(r) || nullTokens.contains(b) ? BatchProfiler.nullHash : ByteHash.hash(b)
            rh[r] = ByteHash.combine(rh[r], h)
        }
    }

    /// Hashes every cell into the batch's table of distinct values, feeds the detector,
    /// then works per distinct value: type evidence, length, pattern and number.
    /// Returns the partial and each row's number (NaN if none) when the batch has numbers.
    /// No closures in the loops: captured variables would be checked for exclusive
    /// access on every use.
    private func column(_ view: ColumnTextView, _ rows: Int, _ p: Int,
                        _ rh: UnsafeMutablePointer<UInt64>) -> (ColumnPartial, [Double]?) {
        // Sized from a recent batch (with room to spare): the table grows if it must.
        let hint = switches.distinctHint(p)
        var table = FrequencyTable(expected: hint == Int.max ? rows : min(rows, hint + hint / 4 + 64), bytes: view.totalBytes)
        let entryOfRow = UnsafeMutablePointer<Int32>.allocate(capacity: max(1, rows))
        defer { entryOfRow.deallocate() }
        var nulls = 0
        let candidates = mayBeNull
        for r in 0..<rows {
            let b = view.text(r)
            if view.isNull(r) || (b.isEmpty || candidates[Int(b[0])]) && nullTokens.contains(b) {
                nulls += 1
                entryOfRow[r] = -1
                rh[r] = ByteHash.combine(rh[r], BatchProfiler.nullHash)
                continue
            }
            let h = ByteHash.hash(b)
            rh[r] = ByteHash.combine(rh[r], h)
            entryOfRow[r] = Int32(truncatingIfNeeded: table.addOwned(b, hash: h))
        }
        var detector = seeds.start(column: p, name: names[p], entities: entities)
        for r in 0..<rows where entryOfRow[r] >= 0 { detector.observe(view.text(r)) }
        seeds.offer(detector, column: p)

        let entries = table.count
        switches.setDistinctHint(p, entries)
        let numbers = UnsafeMutablePointer<Double>.allocate(capacity: max(1, entries))
        defer { numbers.deallocate() }
        let integral = UnsafeMutablePointer<Bool>.allocate(capacity: max(1, entries))
        defer { integral.deallocate() }
        let lengths = UnsafeMutablePointer<Int>.allocate(capacity: LengthCounts.directLimit)
        lengths.initialize(repeating: 0, count: LengthCounts.directLimit)
        defer { lengths.deallocate() }
        var longLengths: [Int: Int] = [:]
        let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: CharacterPattern.maxBytes)
        defer { scratch.deallocate() }
        var evidence = TypeEvidence()
        var anyNumber = false
        let need = needs[p]
        var patterns = FrequencyTable(expected: need.textShape ? min(entries, 4096) : 8,
                                      bytes: need.textShape ? min(entries, 4096) * CharacterPattern.maxBytes : 64)
        for e in 0..<entries {
            let b = table.bytes(e), c = table.count(e)
            numbers[e] = .nan
            integral[e] = false
            if need.textShape {
                let (patternBytes, length) = CharacterPattern.write(b, into: scratch)
                if length < LengthCounts.directLimit { lengths[length] += c } else { longLengths[length, default: 0] += c }
                let pb = UnsafeBufferPointer(start: scratch, count: patternBytes)
                patterns.addOwned(pb, hash: ByteHash.hash(pb), count: c)
            }
            if need.evidence {
                let numbersBefore = evidence.doubleCount, integersBefore = evidence.int64Count
                // Nulls are already out: no token comparison inside.
                evidence.observe(b, times: c, nullTokens: .none)
                integral[e] = evidence.int64Count != integersBefore
                // The evidence has just parsed the value: parse again only what it read as a number.
                if evidence.doubleCount != numbersBefore, let d = ValueParser.double(b) {
                    numbers[e] = d
                    anyNumber = true
                }
            } else if need.numbers, let d = ValueParser.double(b) {
                numbers[e] = d
                integral[e] = need.integers && ValueParser.int64(b) != nil
                anyNumber = true
            }
        }
        var partial = ColumnPartial(detector: detector)
        partial.rows = rows
        partial.nulls = nulls
        partial.evidence = evidence
        partial.lengths = LengthCounts(direct: Array(UnsafeBufferPointer(start: lengths, count: LengthCounts.directLimit)), long: longLengths)
        partial.patterns = patterns
        if switches.isSketching(p) {
            var nv: [Double] = [], nc: [Int] = [], iv: [Double] = [], ic: [Int] = []
            var hll = HyperLogLog()
            let temporal = need.evidence ? evidence.timestamps.total > 0 : need.times
            var times = SketchState()
            for e in 0..<entries {
                hll.add(hash: table.hash(e))
                if temporal { times.addTime(table.bytes(e), count: table.count(e)) }
                guard !numbers[e].isNaN else { continue }
                nv.append(numbers[e]); nc.append(table.count(e))
                if integral[e] { iv.append(numbers[e]); ic.append(table.count(e)) }
            }
            var sketch = SketchState(numbers: nv, numberCounts: nc, integers: iv, integerCounts: ic)
            sketch.distinct = hll
            sketch.times = times.times
            sketch.top = TopValuesSummary(batch: table)
            partial.sketch = sketch
        } else {
            partial.values = table
        }
        guard anyNumber else { return (partial, nil) }
        var rowNumbers = [Double](repeating: .nan, count: rows)
        for r in 0..<rows where entryOfRow[r] >= 0 { rowNumbers[r] = numbers[Int(entryOfRow[r])] }
        return (partial, rowNumbers)
    }
}
