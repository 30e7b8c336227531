import WortCore

/// One aggregate of GROUP_BY: a function of a source column's values in each group.
/// Every function but COUNT skips nulls and invalid cells (SQL's aggregates do); an
/// empty group gives null (0 for the counts).
struct GroupByAggregate: Sendable {
    enum Function: String, Sendable, CaseIterable {
        case count = "COUNT", countDistinct = "COUNT_DISTINCT", sum = "SUM", mean = "MEAN",
             average = "AVERAGE", median = "MEDIAN", min = "MIN", max = "MAX", mode = "MODE",
             first = "FIRST", last = "LAST", any = "ANY", standardDeviation = "STANDARD_DEVIATION",
             variance = "VARIANCE", unaggregated = "UNAGGREGATED"

        /// The functions that need numbers.
        var isNumeric: Bool { [.sum, .mean, .average, .median, .standardDeviation, .variance].contains(self) }
    }

    var source: Int
    var target: String
    var function: Function

    /// The type of the result for a source of `type`: counts are integers; sums keep an
    /// integer or decimal type; means, medians and spreads are doubles; MIN, MAX, MODE,
    /// FIRST, LAST and ANY keep the source's type; UNAGGREGATED is JSON text.
    func resultType(_ type: DataType) -> DataType {
        switch function {
        case .count, .countDistinct: return .int64
        case .sum: return type == .double ? .double : type
        case .mean, .average, .median, .standardDeviation, .variance: return .double
        case .min, .max, .mode, .first, .last, .any: return type
        case .unaggregated: return .string
        }
    }

    /// The aggregate of every group: `groups[g]` lists group g's rows in input order.
    func compute(_ c: Column, groups: [[Int]]) throws -> Column {
        let type = resultType(c.type)
        switch function {
        case .count, .countDistinct:
            var out = [Int64](repeating: 0, count: groups.count)
            for (g, rows) in groups.enumerated() {
                if function == .count {
                    out[g] = Int64(rows.reduce(0) { $0 + (c.validity[$1] ? 1 : 0) })
                } else {
                    var seen: Set<[UInt8]> = []
                    for r in rows where c.validity[r] { seen.insert(CellKey.of(c, r)) }
                    out[g] = Int64(seen.count)
                }
            }
            return Column(name: target, type: .int64, values: .int64(out), validity: ValidityBitmap(repeating: true, count: groups.count))
        case .sum where type != .double:
            guard case .int64(let v) = c.values.normalizedIntegers else { preconditionFailure("integer sum") }
            var out = [Int64](repeating: 0, count: groups.count)
            var valid = ValidityBitmap(repeating: false, count: groups.count)
            for (g, rows) in groups.enumerated() {
                for r in rows where c.validity[r] {
                    let (s, overflow) = out[g].addingReportingOverflow(v[r])
                    if overflow { throw WortError.data("GROUP_BY: the SUM of column '\(c.name)' is beyond 64-bit integers") }
                    out[g] = s; valid[g] = true
                }
            }
            let values: ColumnValues = type == .int64 ? .int64(out) : .decimal(out)
            return Column(name: target, type: type, values: values, validity: valid)
        case .sum, .mean, .average, .median, .standardDeviation, .variance:
            var out = [Double](repeating: 0, count: groups.count)
            var valid = ValidityBitmap(repeating: false, count: groups.count)
            for (g, rows) in groups.enumerated() {
                let values = rows.compactMap { Numeric.value(c, $0) }
                let result: Double?
                switch function {
                case .sum: result = values.isEmpty ? nil : values.reduce(0, +)
                case .mean, .average: result = Numeric.mean(values)
                case .median: result = Numeric.median(values)
                case .variance: result = Numeric.sampleVariance(values)
                default: result = Numeric.sampleVariance(values)?.squareRoot()
                }
                if let result { out[g] = result; valid[g] = true }
            }
            return Column(name: target, type: .double, values: .double(out), validity: valid)
        case .min, .max:
            let compare = Sort.valueComparator(c)
            let want = function == .min ? -1 : 1
            let picks = groups.map { rows -> Int in
                var best = -1
                for r in rows where c.validity[r] {
                    if best < 0 || compare(r, best) == want { best = r }
                }
                return best
            }
            return c.gather(picks).renamed(target)
        case .first, .any:
            return c.gather(groups.map { $0.first { c.validity[$0] } ?? -1 }).renamed(target)
        case .last:
            return c.gather(groups.map { $0.last { c.validity[$0] } ?? -1 }).renamed(target)
        case .mode:
            return c.gather(groups.map { MostFrequent.row(c, rows: $0, skipMissing: false) ?? -1 }).renamed(target)
        case .unaggregated:
            var texts: [String?] = []
            for rows in groups { texts.append(Self.jsonList(c, rows)) }
            return Column(name: target, strings: texts)
        }
    }

    /// The group's values as a JSON list in input order: numbers and booleans bare,
    /// everything else as strings, nulls as null (`list(c ORDER BY _rid)`).
    static func jsonList(_ c: Column, _ rows: [Int]) -> String {
        var out = "["
        for (k, r) in rows.enumerated() {
            if k > 0 { out += "," }
            guard c.validity[r], let text = c.text(at: r) else { out += "null"; continue }
            switch c.type {
            case .int64, .double, .decimal, .bool: out += text
            default: out += JSONString.quoted(text)
            }
        }
        return out + "]"
    }
}

extension ColumnValues {
    /// int64 and decimal storage as int64 (for integer arithmetic).
    var normalizedIntegers: ColumnValues {
        if case .decimal(let v) = self { return .int64(v) }
        return self
    }
}
