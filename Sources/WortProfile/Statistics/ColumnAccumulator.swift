import WortCore

/// One column's statistics so far, batch partials merged in order on one thread.
struct ColumnAccumulator {
    static let maxPatterns = 4096

    let name: String
    let index: Int
    /// The type a typed source (Parquet, JSON, Excel) declares; nil: infer from the text.
    let declaredType: DataType?
    let needs: ColumnNeeds
    var rows = 0
    var nulls = 0
    var evidence = TypeEvidence()
    var lengths = LengthCounts()
    var patterns = FrequencyTable(expected: 64)
    /// Rows whose pattern was new after `maxPatterns` distinct ones.
    var otherPatterns = 0
    var values: FrequencyTable? = FrequencyTable(expected: 1024)
    var sketch: SketchState?
    var detector: ColumnEntityDetector?
    var missedCorrelation = false

    init(name: String, index: Int, declaredType: DataType?) {
        self.name = name; self.index = index; self.declaredType = declaredType
        needs = ColumnNeeds(declared: declaredType)
    }

    /// Adds a batch's partial; switches to sketches when the exact table passes `budget` bytes.
    mutating func merge(_ p: ColumnPartial, budget: Int, switches: SketchSwitches) {
        rows += p.rows; nulls += p.nulls
        evidence.merge(p.evidence)
        lengths.merge(p.lengths)
        mergePatterns(p.patterns)
        if detector == nil { detector = p.detector } else { detector!.merge(p.detector) }
        missedCorrelation = missedCorrelation || p.missedCorrelation
        if let table = p.values {
            if values != nil {
                values!.merge(table)
                if values!.byteSize > budget {
                    sketch = SketchState(values!, needs: needs)
                    values = nil
                    switches.set(index)
                }
            } else {
                sketch!.merge(SketchState(table, needs: needs))
            }
        } else if let s = p.sketch {
            // Workers send sketches only after this column's flag is set, which happens
            // right after its table turned into sketches; convert anyway to stay total.
            if let v = values { sketch = SketchState(v, needs: needs); values = nil }
            sketch!.merge(s)
        }
    }

    private mutating func mergePatterns(_ other: FrequencyTable) {
        for e in 0..<other.count {
            other.withBytes(e) { b in
                if let i = patterns.find(b, hash: other.hash(e)) {
                    patterns.increment(i, by: other.count(e))
                } else if patterns.count < ColumnAccumulator.maxPatterns {
                    patterns.add(b, hash: other.hash(e), count: other.count(e))
                } else {
                    otherPatterns += other.count(e)
                }
            }
        }
    }
}
