import Foundation
import WortCore

extension ColumnAccumulator {
    static let mostCommonCount = 50
    static let patternCount = 20

    /// The column's profile; raw values of a column flagged sensitive are masked here, so
    /// that no report can show them.
    func finish(options: ProfileOptions) -> ColumnProfile {
        let inferred = evidence.infer(threshold: options.inferenceThreshold)
        let type = declaredType ?? inferred.type
        var p = ColumnProfile(name: name, type: type)
        p.rows = rows
        p.missingValuesCount = nulls
        if declaredType == nil { p.invalidCount = evidence.invalidCount(for: inferred) }
        p.entity = detector?.result(threshold: options.entityThreshold)
        if type == .string {
            let w = WeightedValues(lengths.weighted)
            p.numbers = NumberSummary(exact: w, zeros: w.values.first == 0 ? w.counts[0] : 0, bins: options.bins)
            p.patterns = patternList()
            p.distinctPatternsCount = patterns.count
        }
        if let values {
            exact(values, type: type, order: inferred.dateOrder, options: options, into: &p)
        } else if let sketch {
            sketched(sketch, type: type, order: inferred.dateOrder, options: options, into: &p)
        }
        if p.isSensitive { p.maskValues() }
        return p
    }

    private func patternList() -> [ValueCount] {
        patterns.top(ColumnAccumulator.patternCount).map { ValueCount(value: .text(patterns.string($0)), count: patterns.count($0)) }
    }

    /// The value a cell's text has in `type` (numbers, days, microseconds, 0/1), or nil
    /// when it does not fit.
    private static func number(_ b: UnsafeBufferPointer<UInt8>, _ type: DataType, _ order: DateOrder) -> Double? {
        switch type {
        case .int64: ValueParser.int64(b).map(Double.init)
        case .double, .decimal: ValueParser.double(b)
        case .date: ValueParser.date(b, order: order).map(Double.init)
        case .timestamp: ValueParser.timestamp(b, order: order).map(Double.init)
        case .bool: ValueParser.bool(b).map { $0 ? 1 : 0 }
        case .string: nil
        }
    }

    private static func display(_ v: Double, _ type: DataType) -> ProfileValue {
        var out: [UInt8] = []
        switch type {
        case .int64: return abs(v) < 9.0e15 ? .int(Int64(v)) : .double(v)
        case .double, .decimal: return .double(v)
        case .bool: return .bool(v != 0)
        case .date: ValueFormatter.append(date: Int32(v), to: &out)
        case .timestamp: ValueFormatter.append(timestamp: Int64(v), to: &out)
        case .string: return .double(v)
        }
        return .text(String(decoding: out, as: UTF8.self))
    }

    private static func entropy(_ counts: some Sequence<Int>, total: Int) -> Double {
        guard total > 0 else { return 0 }
        var h = 0.0
        let n = Double(total)
        for c in counts where c > 0 { let q = Double(c) / n; h -= q * log(q) }
        return h
    }

    private func exact(_ table: FrequencyTable, type: DataType, order: DateOrder, options: ProfileOptions, into p: inout ColumnProfile) {
        if type == .string {
            p.distinctValuesCount = table.count
            p.uniqueValuesCount = table.counts.reduce(0) { $0 + ($1 == 1 ? 1 : 0) }
            p.entropy = ColumnAccumulator.entropy(table.counts, total: rows - nulls)
            p.mostCommonValues = table.top(ColumnAccumulator.mostCommonCount).map {
                ValueCount(value: .text(table.string($0)), count: table.count($0))
            }
            return
        }
        var pairs: [(value: Double, count: Int)] = []
        pairs.reserveCapacity(table.count)
        var invalid = 0
        for e in 0..<table.count {
            if let v = table.withBytes(e, { ColumnAccumulator.number($0, type, order) }) {
                pairs.append((v, table.count(e)))
            } else {
                invalid += table.count(e)
            }
        }
        if declaredType != nil { p.invalidCount = invalid }
        let w = WeightedValues(pairs)
        p.distinctValuesCount = w.values.count
        p.uniqueValuesCount = w.counts.reduce(0) { $0 + ($1 == 1 ? 1 : 0) }
        p.entropy = ColumnAccumulator.entropy(w.counts, total: w.total)
        let byCount = w.values.indices.sorted { w.counts[$0] != w.counts[$1] ? w.counts[$0] > w.counts[$1] : $0 < $1 }
        p.mostCommonValues = byCount.prefix(ColumnAccumulator.mostCommonCount).map {
            ValueCount(value: ColumnAccumulator.display(w.values[$0], type), count: w.counts[$0])
        }
        guard type != .bool, !w.isEmpty else { return }
        let k = Extremes.size
        p.minimumValues = w.values.indices.prefix(k).map { ValueCount(value: ColumnAccumulator.display(w.values[$0], type), count: w.counts[$0]) }
        p.maximumValues = w.values.indices.reversed().prefix(k).map { ValueCount(value: ColumnAccumulator.display(w.values[$0], type), count: w.counts[$0]) }
        if p.isTemporal {
            p.temporal = temporal(w, type: type, bins: options.bins)
        } else {
            let zeros = w.values.firstIndex(of: 0).map { w.counts[$0] } ?? 0
            p.numbers = NumberSummary(exact: w, zeros: zeros, bins: options.bins)
        }
    }

    private func temporal(_ w: WeightedValues, type: DataType, bins: Int) -> TemporalSummary {
        let lo = w.values.first!, hi = w.values.last!
        let h = NumberSummary.histogram(w, min: lo, max: hi, bins: bins)
        func label(_ v: Double) -> String {
            ColumnAccumulator.display(type == .date ? v.rounded(.down) : v, type).description
        }
        return TemporalSummary(min: label(lo), max: label(hi), buckets: h.map { (label($0.low ?? lo), label($0.high ?? hi), $0.count) })
    }

    private func sketched(_ s: SketchState, type: DataType, order: DateOrder, options: ProfileOptions, into p: inout ColumnProfile) {
        // An estimate above the number of values is impossible; clamp it.
        p.distinctValuesCount = min(s.distinct.estimate, rows - nulls)
        let rse = String(format: "%.2f%%", HyperLogLog.relativeStandardError * 100)
        p.sketches.append(SketchNote(statistics: ["distinctValuesCount"], method: "HyperLogLog (p=\(HyperLogLog.precision))",
                                     error: "relative standard error \(rse); uniqueValuesCount and entropy are not computed"))
        let top = s.top.table
        // Only values the summary proves repeated: a count of 1 there says nothing.
        p.mostCommonValues = top.top(ColumnAccumulator.mostCommonCount).filter { top.count($0) >= 2 }.map { e in
            let text = top.string(e)
            var value = ProfileValue.text(text)
            if type != .string, let v = top.withBytes(e, { ColumnAccumulator.number($0, type, .monthFirst) }) {
                value = ColumnAccumulator.display(v, type)
            }
            return ValueCount(value: value, count: top.count(e))
        }
        p.sketches.append(SketchNote(statistics: ["mostCommonValues"], method: "Misra-Gries summary (\(TopValuesSummary.capacity) counters)",
                                     error: "each count is at most \(s.top.maxUndercount) below the true count"))
        guard p.isNumeric else {
            if p.isTemporal { p.temporal = sketchedTemporal(s.times[order == .dayFirst ? 1 : 0], type: type, bins: options.bins, into: &p) }
            return
        }
        let m = type == .int64 ? s.integers : s.numbers
        let ext = type == .int64 ? s.integerExtremes : s.numberExtremes
        p.minimumValues = ext.smallest.map { ValueCount(value: ColumnAccumulator.display($0.value, type), count: $0.count) }
        p.maximumValues = ext.largest.map { ValueCount(value: ColumnAccumulator.display($0.value, type), count: $0.count) }
        let items = WeightedValues(s.quantiles.weightedItems())
        p.numbers = NumberSummary(moments: m, sum: m.sum, order: items, bins: options.bins)
        let err = String(format: "%.2f%%", KLLSketch.rankError * 100)
        p.sketches.append(SketchNote(
            statistics: ["median", "mode", "percentile5", "percentile25", "percentile75", "percentile95", "interquartileRange",
                         "medianAbsoluteDeviation", "valueDistribution", "zScoreDistribution", "zScoreOutliersCount"],
            method: "KLL quantile sketch (k=\(KLLSketch.k))",
            error: "rank error about \(err) of the rows (99% confidence); min, max, mean, sum, variance, skewness, kurtosis and zerosCount are exact"))
    }

    /// Earliest and latest (exact) and a histogram over time from the quantile sketch.
    private func sketchedTemporal(_ t: TimeSketch, type: DataType, bins: Int, into p: inout ColumnProfile) -> TemporalSummary? {
        guard let lo = t.extremes.smallest.first?.value, let hi = t.extremes.largest.first?.value else { return nil }
        let micros = 86_400_000_000.0  // microseconds per day
        let scale = type == .date ? micros : 1
        let w = WeightedValues(t.spread.weightedItems().map { ($0.value / scale, $0.count) })
        let h = NumberSummary.histogram(w, min: lo / scale, max: hi / scale, bins: bins)
        func label(_ v: Double) -> String {
            ColumnAccumulator.display(type == .date ? v.rounded(.down) : v, type).description
        }
        p.sketches.append(SketchNote(statistics: ["temporal.distribution"], method: "KLL quantile sketch (k=\(KLLSketch.k))",
                                     error: String(format: "bucket counts within about %.2f%% of the rows; earliest and latest are exact", KLLSketch.rankError * 200)))
        return TemporalSummary(min: label(lo / scale), max: label(hi / scale),
                               buckets: h.map { (label($0.low ?? lo / scale), label($0.high ?? hi / scale), $0.count) })
    }
}
