/// The state `Profiler` merges batch partials into, in order.
struct Merger {
    var columns: [ColumnAccumulator]
    let budget: Int
    let switches: SketchSwitches
    var rowHashes: RowHashSet
    var rows = 0
    var pairs: [Int: CoMoments] = [:]

    mutating func add(_ p: BatchPartial) {
        rows += p.rows
        for (k, c) in p.columns.enumerated() { columns[k].merge(c, budget: budget, switches: switches) }
        rowHashes.add(p.rowHashes)
        for pm in p.pairs { pairs[pm.a * 65_536 + pm.b, default: CoMoments()].merge(pm.moments) }
    }

    /// Pearson's r between the numeric columns, pairwise over rows where both are numbers.
    func addCorrelations(to profile: inout DatasetProfile) {
        let numeric = profile.columns.indices.filter { profile.columns[$0].isNumeric }
        for i in numeric {
            for j in numeric where j != i {
                let key = min(i, j) * 65_536 + max(i, j)
                if let r = pairs[key]?.pearson { profile.columns[i].correlations.append((profile.columns[j].name, r)) }
            }
            if columns[i].missedCorrelation {
                profile.columns[i].sketches.append(SketchNote(statistics: ["correlations"], method: "partial",
                    error: "some batches had more than \(BatchProfiler.maxCorrelated) numeric columns; correlations of this column leave those batches out"))
            }
        }
    }
}
